package com.collector.portal.identity.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.identity.control.PasswordHasher;
import com.collector.portal.identity.control.SecondFactors;
import com.collector.portal.identity.control.SignInThrottles;
import com.collector.portal.identity.entity.SignInThrottle;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.SecondFactorRequiredException;
import com.collector.portal.platform.boundary.TooManyAttemptsException;
import com.collector.portal.platform.boundary.UnauthenticatedException;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks an e-mail and password, then the authenticator code of accounts that have one, for pages
 * and API alike. Unknown e-mails, wrong passwords and disabled accounts answer the same, take the
 * same time and count towards the same throttle; wrong codes count towards it too, and the throttle
 * is only cleared by a complete sign-in, so knowing the password does not buy unlimited guesses.
 */
@Stateless
public class SignIn {

  @Inject CurrentScope current;
  @Inject Store store;
  @Inject PasswordHasher hasher;
  @Inject SecondFactors secondFactors;
  @Inject SignInThrottles throttles;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.signin.free-attempts", defaultValue = "5")
  int freeAttempts;

  /**
   * The first step: returns the user when the password matches an enabled account, with the step
   * that comes next.
   *
   * @throws UnauthenticatedException for any wrong combination
   * @throws TooManyAttemptsException while the e-mail is blocked after repeated failures
   */
  public SignedInUser withPassword(String email, String password, String origin) {
    return current.runAs(
        TenantScope.system("sign-in"), () -> password(emailKey(email), password, origin));
  }

  /**
   * Both steps at once, for API clients: {@code code} is needed when the account has an
   * authenticator.
   *
   * @throws SecondFactorRequiredException when the code is needed and missing
   */
  public SignedInUser withPasswordAndCode(
      String email, String password, String code, String origin) {
    return current.runAs(
        TenantScope.system("sign-in"),
        () -> {
          String key = emailKey(email);
          SignedInUser first = password(key, password, origin);
          if (first.next() != SignInStep.CODE_REQUIRED) {
            return first;
          }
          if (code == null || code.isBlank()) {
            throw new SecondFactorRequiredException();
          }
          return code(key, store.find(UserAccount.class, first.id()), code, origin);
        });
  }

  /** The second step of a page sign-in, whose password step accepted user {@code userId}. */
  public SignedInUser withCode(long userId, String code, String origin) {
    return current.runAs(
        TenantScope.system("sign-in"),
        () -> {
          UserAccount user = store.find(UserAccount.class, userId);
          String key = emailKey(user.email());
          throttleUnlessBlocked(key, clock.instant(), origin);
          if (!user.isEnabled()) {
            throw badCredentials();
          }
          return code(key, user, code, origin);
        });
  }

  static String emailKey(String email) {
    String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    return key.length() > 254 ? key.substring(0, 254) : key;
  }

  private SignedInUser password(String key, String password, String origin) {
    if (key.isEmpty() || password == null || password.isEmpty()) {
      throw badCredentials();
    }
    Instant now = clock.instant();
    Optional<SignInThrottle> throttle = throttleUnlessBlocked(key, now, origin);
    Optional<UserAccount> user =
        store.single(UserAccount.class, "LOWER(e.email) = :email", Map.of("email", key));
    boolean matches;
    if (user.isPresent()) {
      matches = hasher.verify(password, user.get().passwordHash());
    } else {
      hasher.verifyAgainstNobody(password);
      matches = false;
    }
    if (!matches || !user.get().isEnabled()) {
      failed(key, user, "sign-in.failed", now, origin);
      throw badCredentials();
    }
    UserAccount account = user.get();
    if (secondFactors.isEnabled(account)) {
      return SignedInUser.of(account, SignInStep.CODE_REQUIRED);
    }
    return succeeded(
        key,
        account,
        secondFactors.required(account) ? SignInStep.ENROLMENT_REQUIRED : SignInStep.COMPLETE,
        origin);
  }

  private SignedInUser code(String key, UserAccount user, String code, String origin) {
    Instant now = clock.instant();
    Optional<SecondFactors.Proof> proof = secondFactors.check(user, code, now);
    if (proof.isEmpty()) {
      failed(key, Optional.of(user), "sign-in.code-failed", now, origin);
      throw new UnauthenticatedException(
          "error.badSecondFactor", "The authenticator or recovery code is wrong or already used");
    }
    if (proof.get() == SecondFactors.Proof.RECOVERY_CODE) {
      audit.recordEvent(
          key, "sign-in.recovery-code-used", user.id().toString(), user.ownerPath(), origin);
    }
    return succeeded(key, user, SignInStep.COMPLETE, origin);
  }

  private Optional<SignInThrottle> throttleUnlessBlocked(String key, Instant now, String origin) {
    Optional<SignInThrottle> throttle = store.findOptional(SignInThrottle.class, key);
    Optional<Duration> blocked = throttle.flatMap(t -> t.blockedFor(now));
    if (blocked.isPresent()) {
      audit.recordEvent(key, "sign-in.throttled", "-", "/", origin);
      throw new TooManyAttemptsException(blocked.get());
    }
    return throttle;
  }

  private void failed(
      String key, Optional<UserAccount> user, String event, Instant now, String origin) {
    boolean counted = false;
    if (store.findOptional(SignInThrottle.class, key).isEmpty()) {
      try {
        throttles.createWithFailure(key, now, freeAttempts);
        counted = true;
      } catch (ConflictException createdMeanwhile) {
        // A concurrent failure created the row: count this one on it.
      }
    }
    if (!counted) {
      store.findForUpdate(SignInThrottle.class, key).recordFailure(now, freeAttempts);
    }
    audit.recordEvent(
        key,
        event,
        user.map(u -> u.id().toString()).orElse("-"),
        user.map(UserAccount::ownerPath).orElse("/"),
        origin);
  }

  private SignedInUser succeeded(String key, UserAccount user, SignInStep next, String origin) {
    store.findOptional(SignInThrottle.class, key).ifPresent(store::remove);
    audit.recordEvent(key, "sign-in.succeeded", user.id().toString(), user.ownerPath(), origin);
    return SignedInUser.of(user, next);
  }

  private static UnauthenticatedException badCredentials() {
    return new UnauthenticatedException("error.badCredentials", "Wrong e-mail or password");
  }
}

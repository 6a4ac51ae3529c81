package com.collector.portal.identity.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.identity.control.PasswordHasher;
import com.collector.portal.identity.entity.SignInThrottle;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.platform.boundary.TooManyAttemptsException;
import com.collector.portal.platform.boundary.UnauthenticatedException;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks an e-mail and password, for pages and API alike. Unknown e-mails, wrong passwords and
 * disabled accounts answer the same, take the same time and count towards the same throttle.
 */
@Stateless
public class SignIn {

  @Inject CurrentScope current;
  @Inject Store store;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.signin.free-attempts", defaultValue = "5")
  int freeAttempts;

  /**
   * Returns the user when the password matches an enabled account.
   *
   * @throws UnauthenticatedException for any wrong combination
   * @throws TooManyAttemptsException while the e-mail is blocked after repeated failures
   */
  public SignedInUser withPassword(String email, String password, String origin) {
    return current.runAs(
        TenantScope.system("sign-in"), () -> check(emailKey(email), password, origin));
  }

  static String emailKey(String email) {
    String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    return key.length() > 254 ? key.substring(0, 254) : key;
  }

  private SignedInUser check(String key, String password, String origin) {
    if (key.isEmpty() || password == null || password.isEmpty()) {
      throw badCredentials();
    }
    Instant now = clock.instant();
    Optional<SignInThrottle> throttle = store.findOptional(SignInThrottle.class, key);
    Optional<java.time.Duration> blocked = throttle.flatMap(t -> t.blockedFor(now));
    if (blocked.isPresent()) {
      audit.recordEvent(key, "sign-in.throttled", "-", "/", origin);
      throw new TooManyAttemptsException(blocked.get());
    }
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
      throttle.orElseGet(() -> store.add(new SignInThrottle(key))).recordFailure(now, freeAttempts);
      audit.recordEvent(
          key,
          "sign-in.failed",
          user.map(u -> u.id().toString()).orElse("-"),
          user.map(UserAccount::ownerPath).orElse("/"),
          origin);
      throw badCredentials();
    }
    throttle.ifPresent(store::remove);
    audit.recordEvent(
        key, "sign-in.succeeded", user.get().id().toString(), user.get().ownerPath(), origin);
    return SignedInUser.of(user.get());
  }

  private static UnauthenticatedException badCredentials() {
    return new UnauthenticatedException("error.badCredentials", "Wrong e-mail or password");
  }
}

package com.collector.portal.identity.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.identity.control.AccountLinks;
import com.collector.portal.identity.control.Base32;
import com.collector.portal.identity.control.Grants;
import com.collector.portal.identity.control.QrCodes;
import com.collector.portal.identity.control.SecondFactors;
import com.collector.portal.identity.control.Totp;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.identity.entity.SecondFactor;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Two-step sign-in with an authenticator app (TOTP) and recovery codes: the caller sets it up,
 * renews codes or turns it off; API clients that must set it up before they may sign in do so with
 * their e-mail and password; a manager resets it for a user who lost their phone.
 */
@Stateless
public class TwoStepVerification {

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject SignIn signIn;
  @Inject SecondFactors factors;
  @Inject AccountLinks links;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.mfa.issuer", defaultValue = "Collector Portal")
  String issuer;

  public TwoStepStatus status() {
    UserAccount user = caller();
    var confirmed = factors.of(user).filter(SecondFactor::isConfirmed);
    return new TwoStepStatus(
        confirmed.isPresent(),
        factors.required(user),
        confirmed.isPresent() ? factors.recoveryCodesLeft(user) : 0,
        confirmed.map(SecondFactor::confirmedAt).orElse(null));
  }

  /** A new authenticator seed for the caller; it counts once a first code confirms it. */
  public AuthenticatorSetup begin() {
    return begin(caller());
  }

  /** Confirms the seed with a first code; returns the recovery codes, shown this once. */
  public List<String> confirm(String code) {
    return confirm(caller(), code);
  }

  /** For API clients not signed in yet: the e-mail and password prove the caller. */
  public AuthenticatorSetup beginWithCredentials(String email, String password, String origin) {
    return asPasswordHolder(email, password, origin, this::begin);
  }

  public List<String> confirmWithCredentials(
      String email, String password, String code, String origin) {
    return asPasswordHolder(email, password, origin, user -> confirm(user, code));
  }

  /** New recovery codes replace the old ones; a current code proves the caller holds the app. */
  public List<String> renewRecoveryCodes(String code) {
    UserAccount user = caller();
    requireCode(user, code);
    audit.record("user.recovery-codes-renewed", "user", user.id(), user.ownerPath(), null, null);
    return factors.newRecoveryCodes(user, clock.instant());
  }

  /** Turns two-step sign-in off, unless the caller's organization requires it. */
  public void turnOff(String code) {
    UserAccount user = caller();
    if (factors.required(user)) {
      throw new ForbiddenException("Two-step sign-in is required for your organization");
    }
    requireCode(user, code);
    factors.remove(user);
    audit.record("user.two-step-disabled", "user", user.id(), user.ownerPath(), null, null);
  }

  /**
   * For a user of the subtree who lost their authenticator and recovery codes: their next sign-in
   * asks for the password only (and for a new set-up where it is required); their sessions end.
   */
  public void resetFor(long userId) {
    TenantScope scope = store.scope();
    scope.require(Right.MANAGE_USERS);
    UserAccount user = store.find(UserAccount.class, userId);
    if (user.id().equals(scope.userId())) {
      throw new ForbiddenException("Nobody resets their own two-step sign-in");
    }
    Grants.requireGrantable(scope, user.roles());
    if (factors.of(user).isEmpty()) {
      throw new ConflictException(
          "error.twoStepNotEnabled", "userId", "The user has no two-step sign-in to reset");
    }
    factors.remove(user);
    links.endSessions(user, clock.instant());
    audit.record("user.two-step-reset", "user", user.id(), user.ownerPath(), null, null);
  }

  private AuthenticatorSetup begin(UserAccount user) {
    requireNotEnabled(user);
    String secret = Base32.encode(factors.startEnrolment(user, clock.instant()));
    String label = encode(issuer) + ":" + encode(user.email());
    String uri =
        "otpauth://totp/"
            + label
            + "?secret="
            + secret
            + "&issuer="
            + encode(issuer)
            + "&algorithm=SHA1&digits="
            + Totp.DIGITS
            + "&period="
            + Totp.STEP_SECONDS;
    return new AuthenticatorSetup(secret, uri, QrCodes.pngDataUri(uri));
  }

  private List<String> confirm(UserAccount user, String code) {
    requireNotEnabled(user);
    Instant now = clock.instant();
    SecondFactor pending =
        factors
            .lockedOf(user)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "error.twoStepNotStarted", "code", "Start the set-up first"));
    if (!factors.acceptsTotp(pending, code, now)) {
      throw new InvalidInputException("code", "is not the current code of the authenticator");
    }
    audit.record("user.two-step-enabled", "user", user.id(), user.ownerPath(), null, null);
    return factors.newRecoveryCodes(user, now);
  }

  private <T> T asPasswordHolder(
      String email, String password, String origin, Function<UserAccount, T> work) {
    SignedInUser signedIn = signIn.withPassword(email, password, origin);
    if (signedIn.next() == SignInStep.CODE_REQUIRED) {
      throw new ConflictException(
          "error.twoStepAlreadyEnabled", "email", "Two-step sign-in is already set up");
    }
    return current.runAs(
        TenantScope.system("two-step-set-up"),
        () -> work.apply(store.find(UserAccount.class, signedIn.id())));
  }

  private void requireNotEnabled(UserAccount user) {
    if (factors.isEnabled(user)) {
      throw new ConflictException(
          "error.twoStepAlreadyEnabled", "code", "Two-step sign-in is already set up");
    }
  }

  private void requireCode(UserAccount user, String code) {
    if (factors.check(user, code, clock.instant()).isEmpty()) {
      throw new InvalidInputException("code", "is wrong or already used");
    }
  }

  private UserAccount caller() {
    store.scope().requirePerson();
    return store.find(UserAccount.class, store.scope().userId());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

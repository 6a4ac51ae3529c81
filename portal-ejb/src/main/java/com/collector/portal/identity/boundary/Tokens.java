package com.collector.portal.identity.boundary;

import com.collector.portal.identity.control.AccessTokenClaims;
import com.collector.portal.identity.control.ApiTokenKeys;
import com.collector.portal.identity.control.Secrets;
import com.collector.portal.identity.entity.RefreshToken;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.PasswordChangeRequiredException;
import com.collector.portal.platform.boundary.SecondFactorEnrolmentRequiredException;
import com.collector.portal.platform.boundary.UnauthenticatedException;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues, rotates and revokes API tokens. */
@Stateless
public class Tokens {

  /** MicroProfile JWT callers expect short-lived tokens; longer settings are cut to this. */
  static final Duration LONGEST_ACCESS = Duration.ofMinutes(15);

  @Inject SignIn signIn;
  @Inject CurrentScope current;
  @Inject Store store;
  @Inject ApiTokenKeys keys;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.token.access.minutes", defaultValue = "10")
  int accessMinutes;

  @Inject
  @ConfigProperty(name = "portal.token.refresh.days", defaultValue = "30")
  int refreshDays;

  /**
   * Exchanges an e-mail and password, and the authenticator code of accounts that have one, for a
   * new token family. With {@code customerId}, the tokens are a Collector's: bound to that customer
   * of the user's subtree and carrying only the rights a Collector uses.
   */
  public IssuedTokens withPassword(
      String email, String password, String code, Long customerId, String origin) {
    SignedInUser signedIn = signIn.withPasswordAndCode(email, password, code, origin);
    if (signedIn.mustChangePassword()) {
      throw new PasswordChangeRequiredException();
    }
    if (signedIn.next() == SignInStep.ENROLMENT_REQUIRED) {
      throw new SecondFactorEnrolmentRequiredException();
    }
    return current.runAs(
        TenantScope.system("token"),
        () -> {
          UserAccount user = store.find(UserAccount.class, signedIn.id());
          if (customerId != null) {
            requireCustomerOf(user, customerId);
          }
          return issueFor(user, customerId, Secrets.newToken());
        });
  }

  /**
   * Spends a refresh token for a new pair of the same family. A token presented twice has been
   * copied: the whole family is revoked and the caller must sign in again.
   */
  public IssuedTokens refresh(String refreshToken) {
    return current.runAs(
        TenantScope.system("token-refresh"),
        () -> {
          Instant now = clock.instant();
          RefreshToken token = stored(refreshToken);
          if (token.isSpent()) {
            revokeFamily(token.family(), now);
            throw invalidRefresh();
          }
          if (!token.isUsable(now) || !token.user().isEnabled()) {
            throw invalidRefresh();
          }
          token.spend(now);
          return issueFor(token.user(), token.customerId(), token.family());
        });
  }

  /**
   * Revokes the family of a refresh token (sign-out of an API client); unknown tokens are ignored.
   */
  public void revoke(String refreshToken) {
    current.runAs(
        TenantScope.system("token-revoke"),
        () -> {
          store
              .single(
                  RefreshToken.class,
                  "e.tokenHash = :hash",
                  Map.of("hash", Secrets.sha256Hex(nonNull(refreshToken))))
              .ifPresent(token -> revokeFamily(token.family(), clock.instant()));
          return null;
        });
  }

  private RefreshToken stored(String refreshToken) {
    return store
        .single(
            RefreshToken.class,
            "e.tokenHash = :hash",
            Map.of("hash", Secrets.sha256Hex(nonNull(refreshToken))))
        .orElseThrow(Tokens::invalidRefresh);
  }

  private void revokeFamily(String family, Instant now) {
    store
        .list(RefreshToken.class, "e.family = :family", Map.of("family", family), "e.id")
        .forEach(t -> t.revoke(now));
  }

  /** 404 for a customer outside the user's subtree, 400 for an organization of another kind. */
  private void requireCustomerOf(UserAccount user, long customerId) {
    Organization customer =
        current.runAs(current.of(user), () -> store.find(Organization.class, customerId));
    if (customer.kind() != OrganizationKind.CUSTOMER) {
      throw new InvalidInputException("customerId", "is not a customer organization");
    }
  }

  private IssuedTokens issueFor(UserAccount user, Long customerId, String family) {
    Instant now = clock.instant();
    Duration lifetime = Duration.ofMinutes(accessMinutes);
    if (lifetime.compareTo(LONGEST_ACCESS) > 0 || lifetime.isNegative() || lifetime.isZero()) {
      lifetime = LONGEST_ACCESS;
    }
    String refresh = Secrets.newToken();
    // A Collector's scope is checked again at every refresh: lost access ends the family.
    TenantScope scope =
        customerId == null ? current.of(user) : current.forCollector(user, customerId);
    store.add(
        new RefreshToken(
            user,
            customerId,
            Secrets.sha256Hex(refresh),
            family,
            now,
            now.plus(Duration.ofDays(refreshDays))));
    Set<String> groups = scope.rights().stream().map(Right::name).collect(Collectors.toSet());
    String access =
        keys.issue(
            new AccessTokenClaims(
                user.id().toString(),
                user.email(),
                scope.path(),
                groups,
                now,
                now.plus(lifetime),
                customerId));
    return new IssuedTokens(access, "Bearer", lifetime.toSeconds(), refresh);
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  private static UnauthenticatedException invalidRefresh() {
    return new UnauthenticatedException("error.signInRequired", "The refresh token is not valid");
  }
}

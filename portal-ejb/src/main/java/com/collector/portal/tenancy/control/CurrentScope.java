package com.collector.portal.tenancy.control;

import com.collector.portal.identity.entity.ApiToken;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.installations.entity.Installation;
import com.collector.portal.platform.boundary.UnauthenticatedException;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Vetoed;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Resolves the request's {@link TenantScope} once from the authenticated principal (whose name is
 * the user id) and the user's current row, so a disabled account or a revoked role takes effect at
 * the next request even while its token is still valid.
 */
@Vetoed
public class CurrentScope {

  private static final Logger LOG = Logger.getLogger(CurrentScope.class.getName());

  private Principal principal;
  private CallerRows rows;

  /** Principal name prefix of callers authenticated by an API token: {@code token:<id>}. */
  public static final String TOKEN_PRINCIPAL = "token:";

  /** Principal name prefix of a Collector installation acting by its own credential. */
  public static final String INSTALLATION_PRINCIPAL = "installation:";

  /**
   * Separates an installation's id and the mark of the credential that minted its token: {@code
   * installation:<id>/<mark>}.
   */
  public static final String INSTALLATION_MARK_SEPARATOR = "/";

  /** Separates user and customer in the principal of a Collector: {@code <userId>@<customerId>}. */
  public static final String COLLECTOR_SEPARATOR = "@";

  private Clock clock;
  private Instance<ScopeLimits> limits;
  private InstallationScopes installationScopes;

  private TenantScope override;
  private TenantScope resolved;

  /** For the request-scoped client proxy only. */
  protected CurrentScope() {}

  /** Made once per request by {@link CurrentScopes}. */
  CurrentScope(
      Principal principal,
      CallerRows rows,
      Clock clock,
      Instance<ScopeLimits> limits,
      InstallationScopes installationScopes) {
    this.principal = principal;
    this.rows = rows;
    this.clock = clock;
    this.limits = limits;
    this.installationScopes = installationScopes;
  }

  public TenantScope get() {
    if (override != null) {
      return override;
    }
    if (resolved == null) {
      resolved = resolve();
    }
    return resolved;
  }

  /** Runs {@code work} under a named system scope; nesting restores the previous scope. */
  public <T> T runAs(TenantScope scope, Supplier<T> work) {
    TenantScope previous = override;
    override = scope;
    if (scope.isSystem()) {
      LOG.fine(() -> "Running as " + scope.actor());
    }
    try {
      return work.get();
    } finally {
      override = previous;
    }
  }

  /** As {@link #runAs(TenantScope, Supplier)}, for work that answers nothing. */
  public void runAs(TenantScope scope, Runnable work) {
    runAs(
        scope,
        () -> {
          work.run();
          return null;
        });
  }

  /** The scope of {@code user} acting in the portal on their own organization's subtree. */
  public TenantScope of(UserAccount user) {
    return limited(
        user,
        new TenantScope(
            user.email(),
            user.id(),
            user.organization().id(),
            user.organization().path(),
            user.organization().kind(),
            user.rights(),
            false,
            hiddenFrom(user),
            null));
  }

  /** {@code scope} cut down by whatever restricts the user's organization now. */
  private TenantScope limited(UserAccount user, TenantScope scope) {
    TenantScope limitedScope = scope;
    for (ScopeLimits limit : limits) {
      Optional<ScopeLimits.Restriction> restriction =
          limit.restrictionOf(user.organization(), Instant.now(clock));
      if (restriction.isPresent()) {
        limitedScope = limitedScope.restrictedBy(restriction.get());
      }
    }
    return limitedScope;
  }

  /**
   * Customers that suspended their partner's access, for a partner's user; nothing is hidden from
   * the vendor or inside a customer.
   */
  private List<String> hiddenFrom(UserAccount user) {
    if (user.organization().kind() != OrganizationKind.PARTNER) {
      return List.of();
    }
    return rows.suspendedBelow(user.organization().path());
  }

  /**
   * The scope of {@code user} signed in to a Collector of {@code customerId}: the customer's
   * subtree only, and of the user's rights only those a Collector uses.
   */
  public TenantScope forCollector(UserAccount user, long customerId) {
    TenantScope own = of(user);
    Organization customer = rows.find(Organization.class, customerId);
    if (customer == null
        || customer.kind() != OrganizationKind.CUSTOMER
        || !own.covers(customer.path())) {
      throw new UnauthenticatedException(
          "error.signInRequired", "The account has no access to the Collector's customer");
    }
    Set<Right> rights = EnumSet.copyOf(Right.collectorRights());
    rights.retainAll(own.rights());
    return new TenantScope(
        user.email() + " (Collector of " + customer.name() + ")",
        user.id(),
        user.organization().id(),
        customer.path(),
        user.organization().kind(),
        rights,
        false,
        own.hiddenPaths(),
        own.restriction());
  }

  private TenantScope resolve() {
    String name = principal == null ? null : principal.getName();
    if (name != null && name.startsWith(TOKEN_PRINCIPAL)) {
      return resolveToken(name.substring(TOKEN_PRINCIPAL.length()));
    }
    if (name != null && name.startsWith(INSTALLATION_PRINCIPAL)) {
      return installationScopes.get(
          name,
          Instant.now(clock),
          () -> resolveInstallation(name.substring(INSTALLATION_PRINCIPAL.length())));
    }
    int separator = name == null ? -1 : name.indexOf(COLLECTOR_SEPARATOR);
    if (separator > 0) {
      return forCollector(
          activeUser(id(name.substring(0, separator))), id(name.substring(separator + 1)));
    }
    return of(activeUser(id(name)));
  }

  /** An API token acts as its owner with only the token's rights. */
  private TenantScope resolveToken(String tokenId) {
    ApiToken token = rows.find(ApiToken.class, id(tokenId));
    if (token == null || !token.isUsable(Instant.now(clock))) {
      throw new UnauthenticatedException("error.signInRequired", "The API token is not valid");
    }
    UserAccount user = activeUser(token.user().id());
    return limited(
        user,
        new TenantScope(
            user.email() + " (API token " + token.name() + ")",
            user.id(),
            user.organization().id(),
            user.organization().path(),
            user.organization().kind(),
            token.effectiveRights(),
            true,
            hiddenFrom(user),
            null));
  }

  /**
   * An installation acts on its customer's subtree with the Collector's rights only, and only while
   * it is active with the credential that minted the token: retiring it or enrolling it again ends
   * its tokens at once.
   */
  private TenantScope resolveInstallation(String installationAndMark) {
    int separator = installationAndMark.indexOf(INSTALLATION_MARK_SEPARATOR);
    String installationId =
        separator < 0 ? installationAndMark : installationAndMark.substring(0, separator);
    String mark = separator < 0 ? null : installationAndMark.substring(separator + 1);
    Installation installation = rows.find(Installation.class, id(installationId));
    if (installation == null || !installation.isCurrentCredential(mark)) {
      throw new UnauthenticatedException(
          "error.signInRequired", "The installation is retired or enrolled again");
    }
    Organization customer = installation.customer();
    TenantScope scope =
        new TenantScope(
            INSTALLATION_PRINCIPAL + installation.id() + " (" + installation.name() + ")",
            null,
            customer.id(),
            customer.path(),
            customer.kind(),
            Right.collectorRights(),
            false,
            List.of(),
            null,
            installation.id());
    for (ScopeLimits limit : limits) {
      Optional<ScopeLimits.Restriction> restriction =
          limit.restrictionOf(customer, Instant.now(clock));
      if (restriction.isPresent()) {
        scope = scope.restrictedBy(restriction.get());
      }
    }
    return scope;
  }

  private UserAccount activeUser(long userId) {
    UserAccount user = rows.find(UserAccount.class, userId);
    if (user == null || !user.isEnabled()) {
      throw new UnauthenticatedException("error.signInRequired", "The account is not active");
    }
    return user;
  }

  private static long id(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException | NullPointerException anonymous) {
      throw new UnauthenticatedException("error.signInRequired", "Authentication required");
    }
  }
}

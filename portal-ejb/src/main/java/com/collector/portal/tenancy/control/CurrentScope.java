package com.collector.portal.tenancy.control;

import com.collector.portal.identity.entity.ApiToken;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.platform.boundary.UnauthenticatedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Resolves the request's {@link TenantScope} once from the authenticated principal (whose name is
 * the user id) and the user's current row, so a disabled account or a revoked role takes effect at
 * the next request even while its token is still valid.
 */
@RequestScoped
public class CurrentScope {

  private static final Logger LOG = Logger.getLogger(CurrentScope.class.getName());

  @Inject Principal principal;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  /** Principal name prefix of callers authenticated by an API token: {@code token:<id>}. */
  public static final String TOKEN_PRINCIPAL = "token:";

  @Inject Clock clock;

  private TenantScope override;
  private TenantScope resolved;

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

  private TenantScope resolve() {
    String name = principal == null ? null : principal.getName();
    if (name != null && name.startsWith(TOKEN_PRINCIPAL)) {
      return resolveToken(name.substring(TOKEN_PRINCIPAL.length()));
    }
    UserAccount user = activeUser(id(name));
    return new TenantScope(
        user.email(),
        user.id(),
        user.organization().id(),
        user.organization().path(),
        user.organization().kind(),
        user.rights(),
        false);
  }

  /** An API token acts as its owner with only the token's rights. */
  private TenantScope resolveToken(String tokenId) {
    ApiToken token = em.find(ApiToken.class, id(tokenId));
    if (token == null || !token.isUsable(Instant.now(clock))) {
      throw new UnauthenticatedException("error.signInRequired", "The API token is not valid");
    }
    UserAccount user = activeUser(token.user().id());
    return new TenantScope(
        user.email() + " (API token " + token.name() + ")",
        user.id(),
        user.organization().id(),
        user.organization().path(),
        user.organization().kind(),
        token.effectiveRights(),
        true);
  }

  private UserAccount activeUser(long userId) {
    UserAccount user = em.find(UserAccount.class, userId);
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

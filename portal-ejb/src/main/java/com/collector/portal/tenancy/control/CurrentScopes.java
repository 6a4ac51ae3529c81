package com.collector.portal.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.Clock;

/**
 * Makes each request's {@link CurrentScope}. A producer rather than a request-scoped managed bean:
 * Payara runs its Jakarta EE resource injection (a naming context and its locks) on every managed
 * bean it creates, and every API request needs a scope; an object the producer constructs skips
 * that.
 */
@ApplicationScoped
public class CurrentScopes {

  @Inject CallerRows rows;
  @Inject Clock clock;
  @Inject Instance<ScopeLimits> limits;
  @Inject InstallationScopes installationScopes;

  @Produces
  @RequestScoped
  CurrentScope currentScope(Principal principal, VerifiedCaller verified) {
    String name = verified.name();
    Principal caller = name == null ? principal : () -> name;
    return new CurrentScope(caller, rows, clock, limits, installationScopes);
  }

  @Produces
  @RequestScoped
  VerifiedCaller verifiedCaller() {
    return new VerifiedCaller();
  }
}

package com.collector.portal.identity.boundary;

import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Whether a page session or an access token may still act for its user: a forced password reset
 * ends every session begun before it, although their cookies and signatures remain valid.
 */
@Stateless
public class Sessions {

  @Inject Store store;
  @Inject CurrentScope current;

  /** True while the session of user {@code userId} that began at {@code startedAt} may go on. */
  public boolean isCurrent(long userId, Instant startedAt) {
    return current.runAs(
        TenantScope.system("session-check"),
        () ->
            store
                .findOptional(UserAccount.class, userId)
                .map(user -> user.acceptsSessionFrom(startedAt))
                .orElse(false));
  }
}

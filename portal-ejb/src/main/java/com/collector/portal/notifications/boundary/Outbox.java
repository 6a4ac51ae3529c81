package com.collector.portal.notifications.boundary;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.notifications.entity.OutboxMail;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;

/** The mail outbox, for vendor administrators (without SMTP it is the only place mails go). */
@Stateless
public class Outbox {

  @Inject Store store;

  /** Whether the caller may read the outbox: vendor administrators only. */
  public boolean readable() {
    TenantScope scope = store.scope();
    return scope.has(Right.ADMINISTER) && scope.kind() == OrganizationKind.VENDOR;
  }

  /** Kept mails, newest first. */
  public Page<OutboxMailView> page(PageRequest request) {
    if (!readable()) {
      throw new ForbiddenException("The outbox is for vendor administrators");
    }
    PageRequest newestFirst =
        new PageRequest(request.offset(), request.limit(), "createdAt", false);
    return store
        .page(
            OutboxMail.class,
            null,
            Map.of(),
            newestFirst.orderBy(Set.of("createdAt"), "createdAt"),
            newestFirst)
        .map(OutboxMailView::of);
  }
}

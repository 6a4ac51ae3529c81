package com.collector.portal.identity.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.TreeSet;

/**
 * A partner reaches its customers' data by a grant the customer controls: the customer's
 * administrators see which partner users have access and can suspend it (the vendor's stays). The
 * tenancy choke point ({@code CurrentScope}) hides a suspended customer from the partner's users.
 */
@Stateless
public class PartnerAccess {

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public PartnerAccessView of(long customerId) {
    store.scope().require(Right.VIEW);
    return view(customer(customerId));
  }

  public PartnerAccessView suspend(long customerId) {
    return change(customerId, "organization.partner-access-suspended", true);
  }

  public PartnerAccessView resume(long customerId) {
    return change(customerId, "organization.partner-access-resumed", false);
  }

  private PartnerAccessView change(long customerId, String action, boolean suspended) {
    Organization customer = changeable(customerId);
    var before = customer.auditState();
    if (suspended) {
      customer.suspendPartnerAccess(clock.instant());
    } else {
      customer.resumePartnerAccess(clock.instant());
    }
    audit.record(
        action, "organization", customer.id(), customer.path(), before, customer.auditState());
    return view(customer);
  }

  /** The customer's own managers decide, and the vendor's; never the partner itself. */
  private Organization changeable(long customerId) {
    TenantScope scope = store.scope();
    scope.require(Right.MANAGE_USERS);
    Organization customer = customer(customerId);
    if (scope.kind() == OrganizationKind.PARTNER) {
      throw new ForbiddenException("A partner does not decide on its own access to a customer");
    }
    return store.findForUpdate(Organization.class, customer.id());
  }

  private Organization customer(long customerId) {
    Organization customer = store.find(Organization.class, customerId);
    if (customer.kind() != OrganizationKind.CUSTOMER) {
      throw new InvalidInputException("id", "is not a customer organization");
    }
    return customer;
  }

  private PartnerAccessView view(Organization customer) {
    Organization partner = customer.parent();
    // The partner's users lie outside the customer's subtree: listed here by name and role only.
    var users =
        current.runAs(
            TenantScope.system("partner-access"),
            () ->
                store
                    .list(
                        UserAccount.class,
                        "e.organization.id = :partner AND e.enabled = TRUE",
                        Map.of("partner", partner.id()),
                        "e.displayName")
                    .stream()
                    .map(
                        u ->
                            new PartnerAccessView.PartnerUser(
                                u.displayName(), u.email(), new TreeSet<>(u.roles())))
                    .toList());
    return new PartnerAccessView(
        customer.id(),
        partner.id(),
        partner.name(),
        customer.isPartnerAccessSuspended(),
        customer.partnerAccessSuspendedAt(),
        users);
  }
}

package com.collector.portal.subscriptions.control;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.platform.control.DataChanges;
import com.collector.portal.subscriptions.entity.Subscription;
import com.collector.portal.subscriptions.entity.SubscriptionState;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.ScopeLimits;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * In grace, and once its subscription ended, the portal is read-only for a customer's own users:
 * they still see everything, run extractions (the Collector keeps working) and renew; every other
 * right is withheld until the subscription is paid again. A customer that never subscribed is not
 * governed. Reads the stored state: the renewal job brings it up to date every quarter of an hour.
 */
@ApplicationScoped
public class UnpaidReadOnly implements ScopeLimits {

  /** What a read-only customer may still do. */
  public static final Set<Right> KEPT =
      EnumSet.of(Right.VIEW, Right.RUN_EXTRACTION, Right.MANAGE_SUBSCRIPTIONS);

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject DataChanges changes;

  @Override
  public long dataVersion() {
    return changes.version(Subscription.class);
  }

  @Override
  public Optional<Restriction> restrictionOf(Organization organization, Instant now) {
    if (organization.kind() != OrganizationKind.CUSTOMER) {
      return Optional.empty();
    }
    // As the system: this runs while the request's own scope is being resolved.
    return current
        .runAs(
            TenantScope.system("read-only-check"),
            () ->
                store.list(
                    Subscription.class,
                    "e.customer.id = :customer",
                    Map.of("customer", organization.id()),
                    "e.id DESC",
                    1))
        .stream()
        .findFirst()
        .flatMap(UnpaidReadOnly::restriction);
  }

  private static Optional<Restriction> restriction(Subscription latest) {
    SubscriptionState state = latest.state();
    if (state == SubscriptionState.GRACE) {
      Instant until = latest.period().graceEndsAt();
      return Optional.of(
          new Restriction(
              "grace",
              until,
              "the subscription's term ended unpaid: the portal is read-only until it is renewed"
                  + " (grace until "
                  + until
                  + ")",
              KEPT));
    }
    if (state == SubscriptionState.EXPIRED || state == SubscriptionState.TERMINATED) {
      return Optional.of(
          new Restriction(
              "ended",
              null,
              "the subscription ended: the portal is read-only until the partner orders a new one",
              KEPT));
    }
    return Optional.empty();
  }
}

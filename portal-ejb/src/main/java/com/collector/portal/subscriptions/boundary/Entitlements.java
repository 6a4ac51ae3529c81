package com.collector.portal.subscriptions.boundary;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.platform.boundary.EntitlementMissingException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.subscriptions.control.Lifecycle;
import com.collector.portal.subscriptions.control.Usage;
import com.collector.portal.subscriptions.entity.Feature;
import com.collector.portal.subscriptions.entity.Limit;
import com.collector.portal.subscriptions.entity.PlanEntitlements;
import com.collector.portal.subscriptions.entity.Subscription;
import com.collector.portal.subscriptions.entity.SubscriptionState;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongSupplier;

/**
 * The one place that answers "may this customer use X / how many of Y may it have", from its
 * current subscription's plan version. Features ask it; refusals are 403 {@code
 * entitlement-missing} naming the entitlement.
 *
 * <p>A customer that never had a subscription is not governed yet (customers created before
 * subscriptions existed keep working): everything is allowed and nothing is capped. Once it has
 * one, its plan decides; an expired or terminated subscription grants nothing.
 */
@Stateless
public class Entitlements {

  @Inject Store store;
  @Inject Lifecycle lifecycle;
  @Inject Usage usage;

  /**
   * What {@code customerId} (the caller's own organization when null and the caller is a customer)
   * may use now; a customer outside the caller's subtree is not found.
   */
  public CustomerEntitlementsView of(Long customerId) {
    TenantScope scope = store.scope();
    scope.require(Right.VIEW);
    Long id = customerId;
    if (id == null && scope.kind() == OrganizationKind.CUSTOMER) {
      id = scope.organizationId();
    }
    if (id == null) {
      throw new InvalidInputException("customerId", "is required");
    }
    Organization customer = store.find(Organization.class, id);
    if (customer.kind() != OrganizationKind.CUSTOMER) {
      throw new InvalidInputException("customerId", "is not a customer");
    }
    Optional<Subscription> live = lifecycle.live(customer.id());
    if (live.isPresent()) {
      Subscription subscription = live.get();
      return new CustomerEntitlementsView(
          customer.id(),
          true,
          subscription.id(),
          subscription.state(),
          EntitlementsView.of(subscription.planVersion().entitlements()));
    }
    boolean governed = lifecycle.everSubscribed(customer.id());
    return new CustomerEntitlementsView(
        customer.id(),
        governed,
        null,
        null,
        governed ? EntitlementsView.of(PlanEntitlements.none()) : null);
  }

  /** Whether the customer's plan includes {@code feature}. */
  public boolean allows(long customerId, Feature feature) {
    return entitlementsOf(customerId).map(e -> e.allows(feature)).orElse(true);
  }

  /**
   * Whether a plan of the customer grants {@code feature}: unlike {@link #allows}, false for a
   * customer that never subscribed, for features that are a privilege (priority support).
   */
  public boolean grants(long customerId, Feature feature) {
    return entitlementsOf(customerId).map(e -> e.allows(feature)).orElse(false);
  }

  /** Fails with 403 naming the feature unless the customer's plan includes it. */
  public void require(long customerId, Feature feature) {
    if (!allows(customerId, feature)) {
      throw new EntitlementMissingException(
          feature.key(), "The customer's subscription does not include " + feature.key());
    }
  }

  /** The cap the customer's plan puts on {@code limit}; empty when unlimited. */
  public OptionalInt limit(long customerId, Limit limit) {
    return entitlementsOf(customerId).map(e -> e.limit(limit)).orElse(OptionalInt.empty());
  }

  /**
   * Fails with 403 naming the limit unless the customer may have one more of what {@code limit}
   * counts. The customer's subscription row stays locked until the caller's transaction ends, and
   * {@code currentCount} is asked only once the lock is held: two requests racing for the last slot
   * take turns, and the second counts the first one's addition.
   */
  public void requireWithinLimit(long customerId, Limit limit, LongSupplier currentCount) {
    Optional<Subscription> live = lifecycle.live(customerId);
    OptionalInt cap;
    if (live.isPresent()) {
      Subscription locked = store.findForUpdate(Subscription.class, live.get().id());
      if (locked.state() == SubscriptionState.GRACE) {
        // Grace keeps what the customer has, read-only: nothing is added until it renews.
        throw new EntitlementMissingException(
            limit.key(), "The customer's subscription is in its grace period: renew it first");
      }
      cap =
          Lifecycle.LIVE.contains(locked.state())
              ? locked.planVersion().entitlements().limit(limit)
              : OptionalInt.of(0);
    } else if (lifecycle.everSubscribed(customerId)) {
      cap = OptionalInt.of(0);
    } else {
      return;
    }
    if (cap.isEmpty()) {
      return;
    }
    long count = currentCount.getAsLong();
    if (count >= cap.getAsInt()) {
      throw new EntitlementMissingException(
          limit.key(),
          "The customer's subscription allows "
              + cap.getAsInt()
              + " for "
              + limit.key()
              + " and "
              + count
              + " are in use");
    }
  }

  /**
   * Fails with 403 {@code maxUsers} when {@code organization} is a customer whose plan has no room
   * for one more enabled user (invited ones count). Partners and the vendor are not capped.
   */
  public void requireUserSeat(Organization organization) {
    if (organization.kind() == OrganizationKind.CUSTOMER) {
      requireWithinLimit(organization.id(), Limit.MAX_USERS, () -> usage.users(organization.id()));
    }
  }

  /**
   * Fails with 403 {@code maxInstallations} when the customer's plan has no room for one more
   * installation (retired ones do not count), under the same lock as {@link #requireUserSeat}.
   */
  public void requireInstallationSlot(Organization customer) {
    if (customer.kind() == OrganizationKind.CUSTOMER) {
      requireWithinLimit(
          customer.id(), Limit.MAX_INSTALLATIONS, () -> usage.installations(customer.id()));
    }
  }

  /**
   * Whether one more user may be added to {@code organizationId} now, and why not, as {@link
   * #requireUserSeat} would decide without taking its lock; an organization outside the caller's
   * subtree is not found. Read-only: pages use it to disable what would be refused.
   */
  public UserSeatsView userSeats(long organizationId) {
    store.scope().require(Right.VIEW);
    Organization organization = store.find(Organization.class, organizationId);
    long id = organization.id();
    String name = organization.name();
    if (organization.kind() != OrganizationKind.CUSTOMER) {
      return new UserSeatsView(id, name, null, usage.users(id), null, null);
    }
    long inUse = usage.users(id);
    Optional<Subscription> live = lifecycle.live(id);
    if (live.isEmpty()) {
      boolean ended = lifecycle.everSubscribed(id);
      return new UserSeatsView(
          id, name, ended ? 0 : null, inUse, ended ? UserSeatsView.Refusal.ENDED : null, null);
    }
    Subscription subscription = live.get();
    OptionalInt cap = subscription.planVersion().entitlements().limit(Limit.MAX_USERS);
    Integer allowed = cap.isPresent() ? cap.getAsInt() : null;
    UserSeatsView.Refusal refusal = null;
    if (subscription.state() == SubscriptionState.GRACE) {
      refusal = UserSeatsView.Refusal.GRACE;
    } else if (allowed != null && inUse >= allowed) {
      refusal = UserSeatsView.Refusal.LIMIT_REACHED;
    }
    return new UserSeatsView(
        id, name, allowed, inUse, refusal, subscription.period().graceEndsAt());
  }

  private Optional<PlanEntitlements> entitlementsOf(long customerId) {
    Optional<Subscription> live = lifecycle.live(customerId);
    if (live.isPresent()) {
      return Optional.of(live.get().planVersion().entitlements());
    }
    return lifecycle.everSubscribed(customerId)
        ? Optional.of(PlanEntitlements.none())
        : Optional.empty();
  }
}

package com.collector.portal.subscriptions.control;

import com.collector.portal.subscriptions.entity.Subscription;
import com.collector.portal.subscriptions.entity.SubscriptionState;
import com.collector.portal.tenancy.control.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds a customer's current subscription and brings a subscription up to date (term ends reached
 * since the last renewal run) before anyone changes it, so operations never act on a stale state.
 */
@ApplicationScoped
public class Lifecycle {

  /** States in which a subscription is its customer's current one. */
  public static final Set<SubscriptionState> LIVE =
      EnumSet.of(
          SubscriptionState.TRIAL,
          SubscriptionState.ACTIVE,
          SubscriptionState.GRACE,
          SubscriptionState.CANCELLED);

  @Inject Store store;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.subscription.grace-days", defaultValue = "14")
  int graceDays;

  /** The customer's live subscription, if it has one in the caller's subtree. */
  public Optional<Subscription> live(long customerId) {
    return store.single(
        Subscription.class,
        "e.customer.id = :customer AND e.state IN :live",
        Map.of("customer", customerId, "live", LIVE));
  }

  /** Whether the customer ever had a subscription (an ended one grants nothing). */
  public boolean everSubscribed(long customerId) {
    return store
        .single(Subscription.class, "e.customer.id = :customer", Map.of("customer", customerId))
        .isPresent();
  }

  /** Applies every transition due by now to a locked subscription; answers how many. */
  public int catchUp(Subscription subscription) {
    return subscription.catchUp(
        subscription.planVersion().plan().current(), Duration.ofDays(graceDays), clock.instant());
  }
}

package com.collector.portal.subscriptions.boundary;

import com.collector.portal.subscriptions.entity.PlanVersion;
import com.collector.portal.subscriptions.entity.Subscription;
import com.collector.portal.subscriptions.entity.SubscriptionState;
import java.time.Instant;
import java.util.List;

/**
 * A subscription as pages and the API show it; {@code history} only when one is read by id, {@code
 * scheduledPlanCode} when a downgrade waits for the term end.
 */
public record SubscriptionView(
    long id,
    long customerId,
    String customerName,
    long planId,
    String planCode,
    int planVersion,
    String scheduledPlanCode,
    SubscriptionState state,
    boolean autoRenew,
    Instant startedAt,
    Instant trialEndsAt,
    Instant periodStart,
    Instant periodEnd,
    Instant graceEndsAt,
    Instant cancellationRequestedAt,
    Instant endedAt,
    EntitlementsView entitlements,
    long version,
    List<SubscriptionEventView> history) {

  static SubscriptionView of(Subscription s) {
    return of(s, null);
  }

  static SubscriptionView withHistory(Subscription s) {
    return of(s, s.history().stream().map(SubscriptionEventView::of).toList());
  }

  private static SubscriptionView of(Subscription s, List<SubscriptionEventView> history) {
    PlanVersion plan = s.planVersion();
    return new SubscriptionView(
        s.id(),
        s.customer().id(),
        s.customer().name(),
        plan.plan().id(),
        plan.plan().code(),
        plan.number(),
        s.scheduledPlanVersion() == null ? null : s.scheduledPlanVersion().plan().code(),
        s.state(),
        s.autoRenew(),
        s.startedAt(),
        s.period().trialEndsAt(),
        s.period().beginsAt(),
        s.period().endsAt(),
        s.period().graceEndsAt(),
        s.cancellationRequestedAt(),
        s.endedAt(),
        EntitlementsView.of(plan.entitlements()),
        s.version(),
        history);
  }
}

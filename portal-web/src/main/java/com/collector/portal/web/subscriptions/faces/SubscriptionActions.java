package com.collector.portal.web.subscriptions.faces;

import static com.collector.portal.subscriptions.entity.SubscriptionState.ACTIVE;
import static com.collector.portal.subscriptions.entity.SubscriptionState.CANCELLED;
import static com.collector.portal.subscriptions.entity.SubscriptionState.GRACE;
import static com.collector.portal.subscriptions.entity.SubscriptionState.TRIAL;

import com.collector.portal.subscriptions.boundary.SubscriptionView;
import com.collector.portal.subscriptions.entity.SubscriptionState;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which changes the page offers for a subscription: those its state allows (the same rules as the
 * transitions of {@code Subscription}, which still refuse with 409 whatever slips through) and the
 * viewer may make. Only decides what is shown; the boundary enforces.
 *
 * @param manager whether the viewer holds {@code MANAGE_SUBSCRIPTIONS}
 * @param vendor whether the viewer is vendor staff, the only ones who terminate
 * @param seller whether the viewer sells the subscription (partner or vendor staff), who alone
 *     extend a trial
 */
public record SubscriptionActions(
    SubscriptionView subscription, Instant now, boolean manager, boolean vendor, boolean seller) {

  private static final Set<SubscriptionState> RUNNING = EnumSet.of(TRIAL, ACTIVE);
  private static final Set<SubscriptionState> RENEWABLE = EnumSet.of(TRIAL, ACTIVE, GRACE);
  private static final Set<SubscriptionState> LIVE = EnumSet.of(TRIAL, ACTIVE, GRACE, CANCELLED);

  /** A trial becomes paid, a subscription in grace active again; a period paid ahead is not. */
  public boolean renew() {
    return allowed(RENEWABLE)
        && !(subscription.state() == ACTIVE && subscription.periodStart().isAfter(now));
  }

  public boolean autoRenewOn() {
    return allowed(RENEWABLE) && !subscription.autoRenew();
  }

  public boolean autoRenewOff() {
    return allowed(RENEWABLE) && subscription.autoRenew();
  }

  /** Cancelling at term end. */
  public boolean cancel() {
    return allowed(RUNNING);
  }

  /** Undoing a cancellation, until the term ends. */
  public boolean undoCancellation() {
    return allowed(EnumSet.of(CANCELLED)) && now.isBefore(subscription.periodEnd());
  }

  public boolean terminate() {
    return vendor && allowed(LIVE);
  }

  public boolean extendTrial() {
    return seller && allowed(EnumSet.of(TRIAL));
  }

  public boolean changePlan() {
    return allowed(RUNNING);
  }

  public boolean cancelPlanChange() {
    return manager && subscription.scheduledPlanCode() != null;
  }

  /** Whether any change is offered at all. */
  public boolean any() {
    return renew()
        || autoRenewOn()
        || autoRenewOff()
        || cancel()
        || undoCancellation()
        || terminate()
        || changePlan()
        || extendTrial()
        || cancelPlanChange();
  }

  private boolean allowed(Set<SubscriptionState> states) {
    return manager && states.contains(subscription.state());
  }
}

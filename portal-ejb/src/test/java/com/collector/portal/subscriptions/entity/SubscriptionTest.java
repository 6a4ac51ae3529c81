package com.collector.portal.subscriptions.entity;

import static com.collector.portal.subscriptions.entity.SubscriptionEventType.ACTIVATED;
import static com.collector.portal.subscriptions.entity.SubscriptionEventType.CANCELLATION_UNDONE;
import static com.collector.portal.subscriptions.entity.SubscriptionEventType.CANCELLED;
import static com.collector.portal.subscriptions.entity.SubscriptionEventType.EXPIRED;
import static com.collector.portal.subscriptions.entity.SubscriptionEventType.GRACE_STARTED;
import static com.collector.portal.subscriptions.entity.SubscriptionEventType.ORDERED;
import static com.collector.portal.subscriptions.entity.SubscriptionEventType.RENEWED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.Refusals;
import com.collector.portal.tenancy.entity.Organization;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

  private static final Instant T0 = Instant.parse("2026-01-10T09:00:00Z");
  private static final Duration GRACE = Duration.ofDays(14);

  private final Organization vendor = Organization.vendor(1, "Vendor", T0);
  private final Organization partner = vendor.addChild(2, "Partner", null, T0);
  private final Organization customer = partner.addChild(3, "Customer", null, T0);
  private final Plan plan =
      new Plan(
          vendor.path(),
          "pro",
          "Pro",
          "Pro",
          "Pro",
          Term.MONTHLY,
          14,
          new PlanEntitlements(true, true, false, false, 3, 5, 30, List.of("sql")),
          T0);

  @Test
  void theWholeLifecycleWithFixedInstants() {
    Subscription cut = Subscription.order(customer, plan.current(), true, T0);
    assertThat(cut.state()).isEqualTo(SubscriptionState.TRIAL);
    assertThat(cut.ownerPath()).isEqualTo("/1/2/3/");
    assertThat(cut.periodEnd()).isEqualTo(Instant.parse("2026-01-24T09:00:00Z"));

    Instant t1 = Instant.parse("2026-01-20T09:00:00Z");
    cut.activate(plan.current(), t1);
    assertThat(cut.state()).isEqualTo(SubscriptionState.ACTIVE);
    assertThat(cut.periodEnd()).isEqualTo(Instant.parse("2026-02-20T09:00:00Z"));

    // The catalog changes: the subscription keeps its version until it renews.
    PlanVersion v2 =
        plan.publish(
            Term.YEARLY, null, PlanEntitlements.none(), Instant.parse("2026-02-01T00:00:00Z"));
    assertThat(cut.planVersion().number()).isEqualTo(1);

    Instant t2 = Instant.parse("2026-02-19T09:00:00Z");
    cut.renew(v2, t2);
    assertThat(cut.planVersion()).isSameAs(v2);
    assertThat(cut.period().beginsAt()).isEqualTo(Instant.parse("2026-02-20T09:00:00Z"));
    assertThat(cut.periodEnd()).isEqualTo(Instant.parse("2027-02-20T09:00:00Z"));

    cut.cancelAtTermEnd(Instant.parse("2026-06-01T00:00:00Z"));
    assertThat(cut.state()).isEqualTo(SubscriptionState.CANCELLED);
    assertThat(cut.autoRenew()).isFalse();
    cut.undoCancellation(Instant.parse("2026-06-02T00:00:00Z"));
    assertThat(cut.state()).isEqualTo(SubscriptionState.ACTIVE);

    // Term end without auto-renewal: grace, then expired, each at the instant it fell due.
    Instant late = Instant.parse("2027-03-20T00:00:00Z");
    assertThat(cut.catchUp(v2, GRACE, Instant.parse("2027-02-20T09:00:00Z"))).isEqualTo(1);
    assertThat(cut.state()).isEqualTo(SubscriptionState.GRACE);
    assertThat(cut.period().graceEndsAt()).isEqualTo(Instant.parse("2027-03-06T09:00:00Z"));
    assertThat(cut.catchUp(v2, GRACE, late)).isEqualTo(1);
    assertThat(cut.state()).isEqualTo(SubscriptionState.EXPIRED);
    assertThat(cut.endedAt()).isEqualTo(Instant.parse("2027-03-06T09:00:00Z"));
    assertThat(cut.catchUp(v2, GRACE, late)).isZero();

    assertThat(cut.history())
        .extracting(SubscriptionEvent::type)
        .containsExactly(
            ORDERED, ACTIVATED, RENEWED, CANCELLED, CANCELLATION_UNDONE, GRACE_STARTED, EXPIRED);
  }

  @Test
  void autoRenewalCatchesUpMissedTermsAndASecondRunChangesNothing() {
    Plan monthly =
        new Plan(
            vendor.path(), "m", "M", "M", "M", Term.MONTHLY, null, PlanEntitlements.none(), T0);
    Subscription cut = Subscription.order(customer, monthly.current(), true, T0);
    assertThat(cut.state()).isEqualTo(SubscriptionState.ACTIVE);

    Instant threeMonthsLate = Instant.parse("2026-04-15T00:00:00Z");
    assertThat(cut.catchUp(monthly.current(), GRACE, threeMonthsLate)).isEqualTo(3);
    assertThat(cut.periodEnd()).isEqualTo(Instant.parse("2026-05-10T09:00:00Z"));
    assertThat(cut.catchUp(monthly.current(), GRACE, threeMonthsLate)).isZero();
  }

  @Test
  void anUnconvertedTrialExpiresAtItsEndWithoutGrace() {
    Subscription cut = Subscription.order(customer, plan.current(), false, T0);

    cut.catchUp(plan.current(), GRACE, Instant.parse("2026-02-01T00:00:00Z"));

    assertThat(cut.state()).isEqualTo(SubscriptionState.EXPIRED);
    assertThat(cut.endedAt()).isEqualTo(cut.period().trialEndsAt());
  }

  @Test
  void aCancelledSubscriptionEndsAtTermEndAndCannotBeUndoneAfterwards() {
    Subscription cut = Subscription.order(customer, plan.current(), true, T0);
    cut.cancelAtTermEnd(T0.plusSeconds(60));
    Instant after = cut.periodEnd().plusSeconds(1);

    assertThatThrownBy(() -> cut.undoCancellation(after)).isInstanceOf(ConflictException.class);
    cut.catchUp(plan.current(), GRACE, after);
    assertThat(cut.state()).isEqualTo(SubscriptionState.EXPIRED);
  }

  @Test
  void undoingTheCancellationOfATrialReturnsToTheTrial() {
    Subscription cut = Subscription.order(customer, plan.current(), true, T0);
    cut.cancelAtTermEnd(T0.plusSeconds(60));
    cut.undoCancellation(T0.plusSeconds(120));
    assertThat(cut.state()).isEqualTo(SubscriptionState.TRIAL);
  }

  @Test
  void illegalTransitionsAreRefused() {
    Subscription cut = Subscription.order(customer, plan.current(), true, T0);
    Instant now = T0.plusSeconds(60);

    assertThatThrownBy(() -> cut.undoCancellation(now)).isInstanceOf(ConflictException.class);
    cut.terminate(now);
    assertThat(cut.state()).isEqualTo(SubscriptionState.TERMINATED);
    assertThatThrownBy(() -> cut.renew(plan.current(), now))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("TERMINATED");
    assertThatThrownBy(() -> cut.cancelAtTermEnd(now)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> cut.terminate(now)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> cut.autoRenew(true, now)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> cut.activate(plan.current(), now))
        .isInstanceOf(ConflictException.class);
    assertThat(cut.catchUp(plan.current(), GRACE, now.plus(Duration.ofDays(400)))).isZero();
  }

  @Test
  void aPeriodPaidInAdvanceIsNotRenewedTwice() {
    Plan monthly =
        new Plan(
            vendor.path(), "m", "M", "M", "M", Term.MONTHLY, null, PlanEntitlements.none(), T0);
    Subscription cut = Subscription.order(customer, monthly.current(), false, T0);
    cut.renew(monthly.current(), T0.plusSeconds(60));

    assertThatThrownBy(() -> cut.renew(monthly.current(), T0.plusSeconds(120)))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void onlyCustomersSubscribe() {
    Refusals.assertInvalidInput(
        () -> Subscription.order(partner, plan.current(), true, T0), "customerId");
  }

  @Test
  void autoRenewalChangesAreKeptInTheHistory() {
    Subscription cut = Subscription.order(customer, plan.current(), true, T0);
    cut.autoRenew(false, T0.plusSeconds(1));
    cut.autoRenew(false, T0.plusSeconds(2));

    assertThat(cut.history())
        .extracting(SubscriptionEvent::type)
        .containsExactly(ORDERED, SubscriptionEventType.AUTO_RENEW_OFF);
  }

  @Test
  void anUpgradeTakesEffectNowAndADowngradeAtTheNextRenewalUnlessCancelled() {
    Plan basic =
        new Plan(
            vendor.path(),
            "basic",
            "B",
            "B",
            "B",
            Term.MONTHLY,
            null,
            new PlanEntitlements(true, false, false, false, 1, 2, 30, List.of()),
            T0);
    Plan premium =
        new Plan(
            vendor.path(),
            "premium",
            "P",
            "P",
            "P",
            Term.MONTHLY,
            null,
            new PlanEntitlements(true, true, true, true, null, null, 365, List.of("sql")),
            T0);
    Subscription cut = Subscription.order(customer, basic.current(), true, T0);

    Refusals.assertInvalidInput(() -> cut.changePlan(basic.current(), T0), "planId");
    cut.changePlan(premium.current(), T0.plusSeconds(1));
    assertThat(cut.planVersion()).isSameAs(premium.current());
    assertThat(cut.scheduledPlanVersion()).isNull();

    cut.changePlan(basic.current(), T0.plusSeconds(2));
    assertThat(cut.planVersion()).isSameAs(premium.current());
    assertThat(cut.scheduledPlanVersion()).isSameAs(basic.current());
    cut.cancelPlanChange(T0.plusSeconds(3));
    assertThatThrownBy(() -> cut.cancelPlanChange(T0.plusSeconds(4)))
        .isInstanceOf(ConflictException.class);

    cut.changePlan(basic.current(), T0.plusSeconds(5));
    cut.catchUp(premium.current(), GRACE, cut.periodEnd());
    assertThat(cut.planVersion()).isSameAs(basic.current());
    assertThat(cut.scheduledPlanVersion()).isNull();
    assertThat(cut.history())
        .extracting(SubscriptionEvent::type)
        .containsExactly(
            ORDERED,
            SubscriptionEventType.PLAN_CHANGED,
            SubscriptionEventType.PLAN_CHANGE_SCHEDULED,
            SubscriptionEventType.PLAN_CHANGE_CANCELLED,
            SubscriptionEventType.PLAN_CHANGE_SCHEDULED,
            RENEWED);
  }
}

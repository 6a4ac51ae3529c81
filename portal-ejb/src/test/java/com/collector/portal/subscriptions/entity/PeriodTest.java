package com.collector.portal.subscriptions.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.entity.Organization;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Term-end reminders and trial extensions, with fixed instants. */
class PeriodTest {

  private static final Instant T0 = Instant.parse("2026-01-10T09:00:00Z");
  private static final Duration LONGEST_TRIAL = Duration.ofDays(90);

  private final Organization vendor = Organization.vendor(1, "Vendor", T0);
  private final Organization customer =
      vendor.addChild(2, "Partner", null, T0).addChild(3, "Customer", null, T0);

  private Plan plan(Term term, Integer trialDays) {
    return new Plan(
        vendor.path(),
        "p",
        "P",
        "P",
        "P",
        term,
        trialDays,
        new PlanEntitlements(true, true, false, false, 3, 5, 30, List.of()),
        T0);
  }

  @Test
  void remindersGoOutThirtySevenAndOneDayBeforeTheEndOnceEach() {
    // Yearly, no auto-renewal: ends 2027-01-10T09:00Z.
    Subscription cut = Subscription.order(customer, plan(Term.YEARLY, null).current(), false, T0);
    Instant end = cut.periodEnd();

    assertThat(cut.reminderDue(end.minus(Duration.ofDays(31)))).isEmpty();
    assertThat(cut.reminderDue(end.minus(Duration.ofDays(30)))).hasValue(30);
    cut.reminded(30);
    assertThat(cut.reminderDue(end.minus(Duration.ofDays(29)))).isEmpty();
    assertThat(cut.reminderDue(end.minus(Duration.ofDays(7)))).hasValue(7);
    cut.reminded(7);
    assertThat(cut.reminderDue(end.minus(Duration.ofDays(2)))).isEmpty();
    assertThat(cut.reminderDue(end.minus(Duration.ofHours(3)))).hasValue(1);
    cut.reminded(1);
    assertThat(cut.reminderDue(end.minus(Duration.ofHours(1)))).isEmpty();
    assertThat(cut.reminderDue(end)).as("the term ended: grace, not a reminder").isEmpty();
  }

  @Test
  void aLateRunSendsOnlyTheMostUrgentReminderAndANewTermStartsAgain() {
    Subscription cut = Subscription.order(customer, plan(Term.MONTHLY, null).current(), false, T0);
    Instant end = cut.periodEnd();
    assertThat(cut.reminderDue(end.minus(Duration.ofDays(5)))).hasValue(7);
    cut.reminded(7);
    assertThat(cut.reminderDue(end.minus(Duration.ofDays(4)))).isEmpty();

    cut.renew(cut.planVersion(), end.minus(Duration.ofDays(3)));
    OptionalInt nextTerm = cut.reminderDue(cut.periodEnd().minus(Duration.ofDays(6)));
    assertThat(nextTerm).as("a new term end starts the series again").hasValue(7);
  }

  @Test
  void autoRenewingAndEndedSubscriptionsGetNoReminder() {
    Subscription renewing =
        Subscription.order(customer, plan(Term.MONTHLY, null).current(), true, T0);
    assertThat(renewing.reminderDue(renewing.periodEnd().minus(Duration.ofDays(1)))).isEmpty();

    Subscription cancelled =
        Subscription.order(customer, plan(Term.MONTHLY, null).current(), true, T0);
    cancelled.cancelAtTermEnd(T0);
    assertThat(cancelled.reminderDue(cancelled.periodEnd().minus(Duration.ofDays(1))))
        .as("a cancelled term ends: its managers are reminded")
        .hasValue(1);
    cancelled.terminate(T0.plusSeconds(60));
    assertThat(cancelled.reminderDue(cancelled.periodEnd().minus(Duration.ofDays(1)))).isEmpty();
  }

  @Test
  void aTrialIsExtendedForwardOnlyAndWithinTheLongestTrial() {
    Subscription cut = Subscription.order(customer, plan(Term.MONTHLY, 14).current(), false, T0);
    Instant now = T0.plus(Duration.ofDays(3));
    Instant trialEnd = cut.period().trialEndsAt();

    assertThatThrownBy(() -> cut.extendTrial(now.minusSeconds(1), LONGEST_TRIAL, now))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("past");
    assertThatThrownBy(() -> cut.extendTrial(trialEnd, LONGEST_TRIAL, now))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("after the trial's end");
    assertThatThrownBy(() -> cut.extendTrial(T0.plus(Duration.ofDays(91)), LONGEST_TRIAL, now))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("90 days");

    Instant later = T0.plus(Duration.ofDays(40));
    cut.extendTrial(later, LONGEST_TRIAL, now);
    assertThat(cut.period().trialEndsAt()).isEqualTo(later);
    assertThat(cut.periodEnd()).isEqualTo(later);
    assertThat(cut.state()).isEqualTo(SubscriptionState.TRIAL);
    assertThat(cut.history().get(1).type()).isEqualTo(SubscriptionEventType.TRIAL_EXTENDED);

    cut.activate(cut.planVersion(), later.minusSeconds(5));
    assertThatThrownBy(() -> cut.extendTrial(later.plusSeconds(3600), LONGEST_TRIAL, later))
        .isInstanceOf(ConflictException.class);
  }
}

package com.collector.portal.subscriptions.entity;

import com.collector.portal.platform.boundary.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * The dates of a subscription's current term: its trial, the paid term that follows, the grace
 * after an unpaid term, and which term-end reminder went out. Reminders go out 30, 7 and 1 day
 * before a term ends without renewal; a late run sends only the most urgent one due, and a new term
 * end starts the series again.
 */
@Embeddable
public class Period {

  /** Days before the term end at which a reminder is due, most distant first. */
  public static final List<Integer> REMINDER_DAYS = List.of(30, 7, 1);

  @Column(name = "trial_ends_at")
  private Instant trialEndsAt;

  @Column(name = "period_start")
  private Instant beginsAt;

  @Column(name = "period_end")
  private Instant endsAt;

  @Column(name = "grace_ends_at")
  private Instant graceEndsAt;

  @Column(name = "reminded_period_end")
  private Instant remindedEndsAt;

  @Column(name = "reminded_days_before")
  private Integer remindedDaysBefore;

  protected Period() {}

  /** The first term of a new subscription: the plan's trial if it has one, else a paid term. */
  static Period first(PlanVersion version, Instant now) {
    Period period = new Period();
    period.beginsAt = now;
    period.trialEndsAt = version.trial().map(now::plus).orElse(null);
    period.endsAt = period.trialEndsAt != null ? period.trialEndsAt : version.term().after(now);
    return period;
  }

  /** Starts a paid term of {@code version} at {@code start}, leaving any grace. */
  void startTerm(PlanVersion version, Instant start) {
    beginsAt = start;
    endsAt = version.term().after(start);
    graceEndsAt = null;
  }

  void startGrace(Duration grace) {
    graceEndsAt = endsAt.plus(grace);
  }

  /** Whether the current term is the trial. */
  boolean isTrial() {
    return trialEndsAt != null && trialEndsAt.equals(endsAt);
  }

  /** Whether the current term was paid in advance (renewed before it began). */
  boolean beginsAfter(Instant now) {
    return beginsAt.isAfter(now);
  }

  boolean endedBy(Instant now) {
    return !now.isBefore(endsAt);
  }

  /**
   * Lets the trial run until {@code until}: later than now and than its current end, at most {@code
   * longest} after {@code startedAt}.
   */
  void extendTrial(Instant until, Instant startedAt, Duration longest, Instant now) {
    String refusal =
        !until.isAfter(now)
            ? "is in the past"
            : !until.isAfter(trialEndsAt)
                ? "must be after the trial's end " + trialEndsAt
                : until.isAfter(startedAt.plus(longest))
                    ? "a trial lasts at most " + longest.toDays() + " days from its start"
                    : null;
    if (refusal != null) {
      throw new InvalidInputException("until", refusal);
    }
    trialEndsAt = until;
    endsAt = until;
  }

  /** The term-end reminder due by {@code now}, if it did not go out yet. */
  OptionalInt reminderDue(Instant now) {
    if (endedBy(now)) {
      return OptionalInt.empty();
    }
    Duration left = Duration.between(now, endsAt);
    OptionalInt urgent = OptionalInt.empty();
    for (int days : REMINDER_DAYS) {
      if (left.compareTo(Duration.ofDays(days)) <= 0) {
        urgent = OptionalInt.of(days);
      }
    }
    boolean sent =
        urgent.isPresent()
            && endsAt.equals(remindedEndsAt)
            && remindedDaysBefore <= urgent.getAsInt();
    return sent ? OptionalInt.empty() : urgent;
  }

  void reminded(int daysBefore) {
    remindedEndsAt = endsAt;
    remindedDaysBefore = daysBefore;
  }

  public Instant trialEndsAt() {
    return trialEndsAt;
  }

  public Instant beginsAt() {
    return beginsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public Instant graceEndsAt() {
    return graceEndsAt;
  }
}

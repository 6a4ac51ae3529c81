package com.collector.portal.subscriptions.entity;

import static com.collector.portal.subscriptions.entity.SubscriptionEventType.AUTO_RENEW_OFF;
import static com.collector.portal.subscriptions.entity.SubscriptionEventType.AUTO_RENEW_ON;
import static com.collector.portal.subscriptions.entity.SubscriptionState.ACTIVE;
import static com.collector.portal.subscriptions.entity.SubscriptionState.CANCELLED;
import static com.collector.portal.subscriptions.entity.SubscriptionState.EXPIRED;
import static com.collector.portal.subscriptions.entity.SubscriptionState.GRACE;
import static com.collector.portal.subscriptions.entity.SubscriptionState.TERMINATED;
import static com.collector.portal.subscriptions.entity.SubscriptionState.TRIAL;

import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.control.ChangeListener;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A customer's subscription to one plan version. Owned by the customer, so the customer, its
 * partner and the vendor reach it through their subtrees. Every transition is a method here that
 * takes the current instant, refuses what the state does not allow (409) and writes a history
 * event.
 */
@Entity
// In-memory caches (scopes, release set, entitlements) drop what they kept when one changes.
@EntityListeners(ChangeListener.class)
@Table(name = "subscription")
public class Subscription implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_id")
  private Organization customer;

  @Column(name = "owner_path")
  private String ownerPath;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_version_id")
  private PlanVersion planVersion;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "scheduled_plan_version_id")
  private PlanVersion scheduledPlanVersion;

  @Enumerated(EnumType.STRING)
  private SubscriptionState state;

  @Column(name = "auto_renew")
  private boolean autoRenew;

  @Column(name = "started_at")
  private Instant startedAt;

  @Embedded private Period period;

  @Column(name = "cancellation_requested_at")
  private Instant cancellationRequestedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @OneToMany(mappedBy = "subscription", cascade = CascadeType.PERSIST)
  @OrderBy("effectiveAt ASC, id ASC")
  private List<SubscriptionEvent> history = new ArrayList<>();

  @Version private long version;

  protected Subscription() {}

  private Subscription(
      Organization customer, PlanVersion planVersion, boolean autoRenew, Instant now) {
    this.customer = customer;
    this.ownerPath = customer.path();
    this.planVersion = planVersion;
    this.autoRenew = autoRenew;
    this.startedAt = now;
    this.createdAt = now;
    this.period = Period.first(planVersion, now);
    this.state = period.isTrial() ? TRIAL : ACTIVE;
    record(SubscriptionEventType.ORDERED, null, now, now);
  }

  /** A new subscription of {@code customer}: a trial when the plan offers one, else paid. */
  public static Subscription order(
      Organization customer, PlanVersion planVersion, boolean autoRenew, Instant now) {
    if (customer.kind() != OrganizationKind.CUSTOMER) {
      throw new InvalidInputException("customerId", "only customers subscribe");
    }
    return new Subscription(customer, planVersion, autoRenew, now);
  }

  /** Ends the trial early: the first paid period starts now, on {@code latest}. */
  public void activate(PlanVersion latest, Instant now) {
    requireState("activate", TRIAL);
    SubscriptionState from = state;
    startPeriod(latest, now);
    state = ACTIVE;
    record(SubscriptionEventType.ACTIVATED, from, now, now);
  }

  /**
   * Renews by hand on the plan's {@code latest} version: a trial becomes paid now, an active
   * subscription gets its next period (once: a period already paid in advance is refused), a
   * subscription in grace becomes active again from its term end.
   */
  public void renew(PlanVersion latest, Instant now) {
    if (state == TRIAL) {
      activate(latest, now);
      return;
    }
    requireState("renew", ACTIVE, GRACE);
    if (state == ACTIVE && period.beginsAfter(now)) {
      throw conflict("Already renewed until " + period.endsAt());
    }
    renewFrom(latest, period.endsAt(), now);
  }

  /**
   * Moves to another plan's current version: at once when it loses nothing (an upgrade), else at
   * the next renewal (a downgrade, cancellable until then).
   */
  public void changePlan(PlanVersion target, Instant now) {
    requireState("change the plan of", TRIAL, ACTIVE);
    if (target.plan() == planVersion.plan()) {
      throw new InvalidInputException("planId", "is the subscription's plan already");
    }
    SubscriptionState from = state;
    if (target.entitlements().covers(planVersion.entitlements())) {
      planVersion = target;
      scheduledPlanVersion = null;
      record(SubscriptionEventType.PLAN_CHANGED, from, now, now);
    } else {
      scheduledPlanVersion = target;
      record(SubscriptionEventType.PLAN_CHANGE_SCHEDULED, from, now, now);
    }
  }

  /**
   * Lets the trial run until {@code end} (a sales decision the boundary reserves to partners and
   * the vendor), at most {@code longest} after the start.
   */
  public void extendTrial(Instant end, Duration longest, Instant now) {
    requireState("extend the trial of", TRIAL);
    period.extendTrial(end, startedAt, longest, now);
    record(SubscriptionEventType.TRIAL_EXTENDED, TRIAL, now, now);
  }

  /** Withdraws a downgrade scheduled for the term end. */
  public void cancelPlanChange(Instant now) {
    if (scheduledPlanVersion == null) {
      throw conflict("No plan change is due");
    }
    scheduledPlanVersion = null;
    record(SubscriptionEventType.PLAN_CHANGE_CANCELLED, state, now, now);
  }

  /** Ends the subscription at its term end (no grace); undoable until then. */
  public void cancelAtTermEnd(Instant now) {
    requireState("cancel", TRIAL, ACTIVE);
    SubscriptionState from = state;
    state = CANCELLED;
    autoRenew = false;
    cancellationRequestedAt = now;
    record(SubscriptionEventType.CANCELLED, from, now, now);
  }

  /** Withdraws a cancellation before the term ends; auto-renewal stays off until switched on. */
  public void undoCancellation(Instant now) {
    requireState("undo the cancellation of", CANCELLED);
    if (period.endedBy(now)) {
      throw conflict("The term already ended at " + period.endsAt());
    }
    state = period.isTrial() ? TRIAL : ACTIVE;
    cancellationRequestedAt = null;
    record(SubscriptionEventType.CANCELLATION_UNDONE, CANCELLED, now, now);
  }

  /** Ends the subscription at once (vendor staff only, checked by the boundary). */
  public void terminate(Instant now) {
    requireState("terminate", TRIAL, ACTIVE, GRACE, CANCELLED);
    end(TERMINATED, now, now);
  }

  /** Switches renewal at term end on or off; a cancelled or ended subscription refuses. */
  public void autoRenew(boolean on, Instant now) {
    requireState("change auto-renewal of", TRIAL, ACTIVE, GRACE);
    if (autoRenew != on) {
      autoRenew = on;
      record(on ? AUTO_RENEW_ON : AUTO_RENEW_OFF, state, now, now);
    }
  }

  /**
   * Applies every transition due by {@code now}, each at the instant it fell due, so a late or
   * missed run catches up and a second run changes nothing.
   *
   * @return how many transitions were applied
   */
  public int catchUp(PlanVersion latest, Duration grace, Instant now) {
    int steps = 0;
    while (step(latest, grace, now)) {
      steps++;
    }
    return steps;
  }

  private boolean step(PlanVersion latest, Duration grace, Instant now) {
    switch (state) {
      case TRIAL, ACTIVE -> {
        if (!period.endedBy(now)) {
          return false;
        }
        if (autoRenew) {
          renewFrom(latest, period.endsAt(), now);
        } else if (state == TRIAL) {
          end(EXPIRED, period.endsAt(), now);
        } else {
          state = GRACE;
          period.startGrace(grace);
          record(SubscriptionEventType.GRACE_STARTED, ACTIVE, period.endsAt(), now);
        }
        return true;
      }
      case GRACE, CANCELLED -> {
        // After grace, or at the end of a cancelled term (no grace for a chosen end).
        Instant end = state == GRACE ? period.graceEndsAt() : period.endsAt();
        if (now.isBefore(end)) {
          return false;
        }
        end(EXPIRED, end, now);
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** The term-end reminder due by {@code now} when the term ends without renewal, if any. */
  public OptionalInt reminderDue(Instant now) {
    boolean ending = !autoRenew && List.of(TRIAL, ACTIVE, CANCELLED).contains(state);
    return ending ? period.reminderDue(now) : OptionalInt.empty();
  }

  /** Notes that the reminder {@code daysBefore} the current term end went out. */
  public void reminded(int daysBefore) {
    period.reminded(daysBefore);
  }

  private void renewFrom(PlanVersion latest, Instant start, Instant now) {
    SubscriptionState from = state;
    startPeriod(scheduledPlanVersion == null ? latest : scheduledPlanVersion, start);
    scheduledPlanVersion = null;
    state = ACTIVE;
    record(SubscriptionEventType.RENEWED, from, start, now);
  }

  private void startPeriod(PlanVersion latest, Instant start) {
    planVersion = latest;
    period.startTerm(latest, start);
  }

  private void end(SubscriptionState to, Instant at, Instant now) {
    SubscriptionState from = state;
    state = to;
    autoRenew = false;
    endedAt = at;
    record(SubscriptionEventType.valueOf(to.name()), from, at, now); // EXPIRED or TERMINATED
  }

  private void requireState(String action, SubscriptionState... allowed) {
    if (!List.of(allowed).contains(state)) {
      throw conflict("Cannot " + action + " a subscription in state " + state);
    }
  }

  private static ConflictException conflict(String message) {
    return new ConflictException("error.subscriptionState", "state", message);
  }

  private void record(
      SubscriptionEventType type, SubscriptionState from, Instant effectiveAt, Instant now) {
    updatedAt = now;
    history.add(new SubscriptionEvent(this, type, from, effectiveAt, now));
  }

  /** Before/after state for the audit log. */
  public Map<String, Object> auditState() {
    Map<String, Object> audit = new LinkedHashMap<>();
    audit.put("customerId", customer.id());
    audit.put("plan", planVersion.plan().code() + " v" + planVersion.number());
    audit.put("state", state.name());
    audit.put("autoRenew", autoRenew);
    audit.put("periodEnd", String.valueOf(period.endsAt()));
    return audit;
  }

  public Long id() {
    return id;
  }

  public Organization customer() {
    return customer;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }

  public PlanVersion planVersion() {
    return planVersion;
  }

  /** The version a scheduled downgrade renews onto, or null. */
  public PlanVersion scheduledPlanVersion() {
    return scheduledPlanVersion;
  }

  public SubscriptionState state() {
    return state;
  }

  public boolean autoRenew() {
    return autoRenew;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Period period() {
    return period;
  }

  /** Shorthand for the end of the current term. */
  public Instant periodEnd() {
    return period.endsAt();
  }

  public Instant cancellationRequestedAt() {
    return cancellationRequestedAt;
  }

  public Instant endedAt() {
    return endedAt;
  }

  public List<SubscriptionEvent> history() {
    return List.copyOf(history);
  }

  public long version() {
    return version;
  }
}

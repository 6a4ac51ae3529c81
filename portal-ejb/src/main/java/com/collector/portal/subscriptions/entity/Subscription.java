package com.collector.portal.subscriptions.entity;

import static com.collector.portal.subscriptions.entity.SubscriptionState.ACTIVE;
import static com.collector.portal.subscriptions.entity.SubscriptionState.CANCELLED;
import static com.collector.portal.subscriptions.entity.SubscriptionState.EXPIRED;
import static com.collector.portal.subscriptions.entity.SubscriptionState.GRACE;
import static com.collector.portal.subscriptions.entity.SubscriptionState.TERMINATED;
import static com.collector.portal.subscriptions.entity.SubscriptionState.TRIAL;

import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/**
 * A customer's subscription to one plan version. Owned by the customer, so the customer, its
 * partner and the vendor reach it through their subtrees. Every transition is a method here that
 * takes the current instant, refuses what the state does not allow (409) and writes a history
 * event.
 */
@Entity
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

  @Column(name = "trial_ends_at")
  private Instant trialEndsAt;

  @Column(name = "period_start")
  private Instant periodStart;

  @Column(name = "period_end")
  private Instant periodEnd;

  @Column(name = "grace_ends_at")
  private Instant graceEndsAt;

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
    this.periodStart = now;
    if (planVersion.trial().isPresent()) {
      this.state = TRIAL;
      this.trialEndsAt = now.plus(planVersion.trial().get());
      this.periodEnd = trialEndsAt;
    } else {
      this.state = ACTIVE;
      this.periodEnd = planVersion.term().after(now);
    }
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
    if (state == ACTIVE && periodStart.isAfter(now)) {
      throw new ConflictException(
          "error.subscriptionState", "state", "Already renewed until " + periodEnd);
    }
    renewFrom(latest, periodEnd, now);
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

  /** Withdraws a downgrade scheduled for the term end. */
  public void cancelPlanChange(Instant now) {
    if (scheduledPlanVersion == null) {
      throw new ConflictException("error.subscriptionState", "state", "No plan change is due");
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
    if (!now.isBefore(periodEnd)) {
      throw new ConflictException(
          "error.subscriptionState", "state", "The term already ended at " + periodEnd);
    }
    state = periodEnd.equals(trialEndsAt) ? TRIAL : ACTIVE;
    cancellationRequestedAt = null;
    record(SubscriptionEventType.CANCELLATION_UNDONE, CANCELLED, now, now);
  }

  /** Ends the subscription at once (vendor staff only, checked by the boundary). */
  public void terminate(Instant now) {
    requireState("terminate", TRIAL, ACTIVE, GRACE, CANCELLED);
    SubscriptionState from = state;
    state = TERMINATED;
    autoRenew = false;
    endedAt = now;
    record(SubscriptionEventType.TERMINATED, from, now, now);
  }

  /** Switches renewal at term end on or off; a cancelled or ended subscription refuses. */
  public void autoRenew(boolean on, Instant now) {
    requireState("change auto-renewal of", TRIAL, ACTIVE, GRACE);
    if (autoRenew != on) {
      autoRenew = on;
      record(
          on ? SubscriptionEventType.AUTO_RENEW_ON : SubscriptionEventType.AUTO_RENEW_OFF,
          state,
          now,
          now);
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
        if (now.isBefore(periodEnd)) {
          return false;
        }
        if (autoRenew) {
          renewFrom(latest, periodEnd, now);
        } else if (state == TRIAL) {
          end(EXPIRED, periodEnd, now);
        } else {
          state = GRACE;
          graceEndsAt = periodEnd.plus(grace);
          record(SubscriptionEventType.GRACE_STARTED, ACTIVE, periodEnd, now);
        }
        return true;
      }
      case GRACE, CANCELLED -> {
        // After grace, or at the end of a cancelled term (no grace for a chosen end).
        Instant end = state == GRACE ? graceEndsAt : periodEnd;
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

  private void renewFrom(PlanVersion latest, Instant start, Instant now) {
    SubscriptionState from = state;
    startPeriod(scheduledPlanVersion == null ? latest : scheduledPlanVersion, start);
    scheduledPlanVersion = null;
    state = ACTIVE;
    graceEndsAt = null;
    record(SubscriptionEventType.RENEWED, from, start, now);
  }

  private void startPeriod(PlanVersion latest, Instant start) {
    planVersion = latest;
    periodStart = start;
    periodEnd = latest.term().after(start);
  }

  private void end(SubscriptionState to, Instant at, Instant now) {
    SubscriptionState from = state;
    state = to;
    autoRenew = false;
    endedAt = at;
    record(SubscriptionEventType.EXPIRED, from, at, now);
  }

  private void requireState(String action, SubscriptionState... allowed) {
    if (!List.of(allowed).contains(state)) {
      throw new ConflictException(
          "error.subscriptionState",
          "state",
          "Cannot " + action + " a subscription in state " + state);
    }
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
    audit.put("periodEnd", String.valueOf(periodEnd));
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

  public Instant trialEndsAt() {
    return trialEndsAt;
  }

  public Instant periodStart() {
    return periodStart;
  }

  public Instant periodEnd() {
    return periodEnd;
  }

  public Instant graceEndsAt() {
    return graceEndsAt;
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

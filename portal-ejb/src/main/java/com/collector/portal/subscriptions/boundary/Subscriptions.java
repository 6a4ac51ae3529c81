package com.collector.portal.subscriptions.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.platform.boundary.Inputs;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.subscriptions.control.Lifecycle;
import com.collector.portal.subscriptions.control.PlanCatalog;
import com.collector.portal.subscriptions.control.SubscriptionNotices;
import com.collector.portal.subscriptions.control.Usage;
import com.collector.portal.subscriptions.entity.Limit;
import com.collector.portal.subscriptions.entity.Plan;
import com.collector.portal.subscriptions.entity.PlanVersion;
import com.collector.portal.subscriptions.entity.Subscription;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Subscriptions of the caller's subtree. Partners and the vendor order them for their customers;
 * holders of {@code MANAGE_SUBSCRIPTIONS} (customers too) renew, cancel at term end and undo, and
 * switch auto-renewal; only vendor staff end one at once. Reading needs {@code VIEW}.
 */
@Stateless
public class Subscriptions {

  /** Sort keys of the API and the fields they name. */
  private static final Map<String, String> SORTABLE =
      Map.of("periodEnd", "period.endsAt", "createdAt", "createdAt", "state", "state");

  @Inject Store store;
  @Inject PlanCatalog catalog;
  @Inject Lifecycle lifecycle;
  @Inject Usage usage;
  @Inject SubscriptionNotices notices;
  @Inject AuditLog audit;
  @Inject Inputs inputs;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.subscription.max-trial-days", defaultValue = "90")
  int maxTrialDays;

  /** Orders a subscription on the plan's current version, with its trial if it has one. */
  public SubscriptionView order(NewSubscription input) {
    TenantScope scope = store.scope();
    scope.require(Right.MANAGE_SUBSCRIPTIONS);
    if (scope.kind() == OrganizationKind.CUSTOMER) {
      throw new ForbiddenException("Subscriptions are ordered by the customer's partner");
    }
    inputs.valid(input, "subscription");
    Plan plan =
        catalog
            .find(input.planId())
            .orElseThrow(() -> new InvalidInputException("planId", "is not a plan of the catalog"));
    Organization customer = store.find(Organization.class, input.customerId());
    if (lifecycle.live(customer.id()).isPresent()) {
      throw new ConflictException(
          "error.subscriptionExists", "customerId", "The customer already has a subscription");
    }
    Subscription subscription =
        Subscription.order(
            customer, plan.current(), !Boolean.FALSE.equals(input.autoRenew()), clock.instant());
    store.add(subscription);
    store.flush("customerId");
    audit.record(
        "subscription.ordered",
        "subscription",
        subscription.id(),
        subscription.ownerPath(),
        null,
        subscription.auditState());
    notices.changed(subscription, 0);
    return SubscriptionView.withHistory(subscription);
  }

  /** One subscription of the subtree with its history. */
  public SubscriptionView find(long id) {
    store.scope().require(Right.VIEW);
    return SubscriptionView.withHistory(store.find(Subscription.class, id));
  }

  /** A page of the subtree's subscriptions matching {@code filter}, soonest term end first. */
  public Page<SubscriptionView> page(SubscriptionFilter filter, PageRequest request) {
    store.scope().require(Right.VIEW);
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (filter.state() != null) {
      conditions.add("e.state = :state");
      parameters.put("state", filter.state());
    }
    if (filter.customerId() != null) {
      conditions.add("e.customer.id = :customer");
      parameters.put("customer", filter.customerId());
    }
    if (filter.dueWithinDays() != null) {
      if (filter.dueWithinDays() < 0 || filter.dueWithinDays() > 366) {
        throw new InvalidInputException("dueWithinDays", "must be between 0 and 366");
      }
      Instant now = clock.instant();
      conditions.add(
          "e.state IN :running AND e.period.endsAt >= :now AND e.period.endsAt <= :until");
      parameters.put("running", Set.copyOf(Lifecycle.LIVE));
      parameters.put("now", now);
      parameters.put("until", now.plus(Duration.ofDays(filter.dueWithinDays())));
    }
    String where = conditions.isEmpty() ? null : String.join(" AND ", conditions);
    return store
        .page(
            Subscription.class, where, parameters, request.orderBy(SORTABLE, "periodEnd"), request)
        .map(SubscriptionView::of);
  }

  /** Renews now: a trial becomes paid, otherwise the next term on the plan's current version. */
  public SubscriptionView renew(long id) {
    return change(id, "subscription.renewed", (s, now) -> s.renew(latest(s), now));
  }

  /** Ends the subscription at its term end; undoable until then. */
  public SubscriptionView cancel(long id) {
    return change(id, "subscription.cancelled", (s, now) -> s.cancelAtTermEnd(now));
  }

  public SubscriptionView undoCancellation(long id) {
    return change(id, "subscription.cancellation-undone", (s, now) -> s.undoCancellation(now));
  }

  public SubscriptionView autoRenew(long id, boolean on) {
    return change(
        id,
        on ? "subscription.auto-renew-on" : "subscription.auto-renew-off",
        (s, now) -> {
          s.autoRenew(on, now);
        });
  }

  /** What moving to {@code planId} would change, before confirming it. */
  public PlanChangePreview previewPlanChange(long id, Long planId) {
    store.scope().require(Right.MANAGE_SUBSCRIPTIONS);
    Subscription subscription = store.find(Subscription.class, id);
    PlanVersion target = target(planId);
    if (target.plan() == subscription.planVersion().plan()) {
      throw new InvalidInputException("planId", "is the subscription's plan already");
    }
    return PlanChangePreview.of(
        subscription.planVersion(),
        target,
        subscription.periodEnd(),
        clock.instant(),
        Map.of(
            Limit.MAX_USERS,
            usage.users(subscription.customer().id()),
            Limit.MAX_INSTALLATIONS,
            usage.installations(subscription.customer().id())));
  }

  /** Upgrades at once, or schedules a downgrade for the term end. */
  public SubscriptionView changePlan(long id, Long planId) {
    store.scope().require(Right.MANAGE_SUBSCRIPTIONS);
    PlanVersion target = target(planId);
    return change(id, "subscription.plan-changed", (s, now) -> s.changePlan(target, now));
  }

  /** Withdraws a downgrade scheduled for the term end. */
  public SubscriptionView cancelPlanChange(long id) {
    return change(id, "subscription.plan-change-cancelled", (s, now) -> s.cancelPlanChange(now));
  }

  private PlanVersion target(Long planId) {
    if (planId == null) {
      throw new InvalidInputException("planId", "is required");
    }
    return catalog
        .find(planId)
        .orElseThrow(() -> new InvalidInputException("planId", "is not a plan of the catalog"))
        .current();
  }

  /**
   * Lets a trial run until the end of {@code until} (UTC): partners and the vendor only, at most
   * {@code portal.subscription.max-trial-days} after the trial began.
   */
  public SubscriptionView extendTrial(long id, LocalDate until) {
    if (store.scope().kind() == OrganizationKind.CUSTOMER) {
      throw new ForbiddenException("A trial is extended by the customer's partner");
    }
    if (until == null) {
      throw new InvalidInputException("until", "is required (yyyy-mm-dd)");
    }
    Instant end = until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return change(
        id,
        "subscription.trial-extended",
        (s, now) -> s.extendTrial(end, Duration.ofDays(maxTrialDays), now));
  }

  /** Ends the subscription at once: vendor staff only. */
  public SubscriptionView terminate(long id) {
    if (store.scope().kind() != OrganizationKind.VENDOR) {
      throw new ForbiddenException("Only vendor staff end a subscription at once");
    }
    return change(id, "subscription.terminated", (s, now) -> s.terminate(now));
  }

  private SubscriptionView change(
      long id, String action, BiConsumer<Subscription, Instant> transition) {
    store.scope().require(Right.MANAGE_SUBSCRIPTIONS);
    Subscription subscription = store.findForUpdate(Subscription.class, id);
    int seen = subscription.history().size();
    Map<String, Object> before = subscription.auditState();
    lifecycle.catchUp(subscription);
    transition.accept(subscription, clock.instant());
    store.flush("state");
    audit.record(
        action, "subscription", id, subscription.ownerPath(), before, subscription.auditState());
    notices.changed(subscription, seen);
    return SubscriptionView.withHistory(subscription);
  }

  private static PlanVersion latest(Subscription s) {
    return s.planVersion().plan().current();
  }
}

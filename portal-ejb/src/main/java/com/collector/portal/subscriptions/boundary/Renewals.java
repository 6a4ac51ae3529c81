package com.collector.portal.subscriptions.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.subscriptions.control.Lifecycle;
import com.collector.portal.subscriptions.control.SubscriptionNotices;
import com.collector.portal.subscriptions.entity.Period;
import com.collector.portal.subscriptions.entity.Subscription;
import com.collector.portal.subscriptions.entity.SubscriptionState;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.logging.Logger;

/**
 * Applies what fell due: renewals of auto-renewing subscriptions at term end, grace for unpaid
 * terms, expiry after grace or at the end of a cancelled term. Each transition takes effect at the
 * instant it fell due, so a late run catches up and a second run changes nothing; each subscription
 * is locked and advanced in its own transaction, so instances running the job at the same time take
 * turns and one failure stops nothing else.
 */
@Stateless
public class Renewals {

  static final String JOB = "subscription-renewal";
  private static final Logger LOG = Logger.getLogger(Renewals.class.getName());
  private static final int BATCH = 200;

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject Lifecycle lifecycle;
  @Inject AuditLog audit;
  @Inject SubscriptionNotices notices;
  @Inject Clock clock;
  @Resource SessionContext context;

  /** Runs the job now on behalf of vendor staff (it also runs on its schedule). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RenewalRunView runNow() {
    TenantScope scope = store.scope();
    scope.require(Right.MANAGE_SUBSCRIPTIONS);
    if (scope.kind() != OrganizationKind.VENDOR) {
      throw new ForbiddenException("Only vendor staff run the renewal job");
    }
    return runAll();
  }

  /**
   * Advances every subscription with something due, then mails the reminders due, batch by batch,
   * as the named system job.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RenewalRunView runAll() {
    Renewals self = context.getBusinessObject(Renewals.class);
    Instant now = clock.instant();
    int[] advanced = new int[2]; // subscriptions, transitions
    eachBatch(
        after -> dueAfter(after, now),
        id -> {
          int steps = self.advance(id);
          advanced[0] += steps > 0 ? 1 : 0;
          advanced[1] += steps;
        });
    int[] reminders = new int[1];
    eachBatch(after -> remindersAfter(after, now), id -> reminders[0] += self.remind(id) ? 1 : 0);
    LOG.info(
        () ->
            "Renewal run: %d transitions on %d subscriptions, %d reminders"
                .formatted(advanced[1], advanced[0], reminders[0]));
    return new RenewalRunView(advanced[0], advanced[1], reminders[0]);
  }

  /**
   * Hands every id the query finds to {@code work}, a batch of ids after the last one at a time.
   */
  private static void eachBatch(LongFunction<List<Long>> idsAfter, LongConsumer work) {
    long after = 0;
    List<Long> batch;
    do {
      batch = idsAfter.apply(after);
      for (long id : batch) {
        work.accept(id);
        after = id;
      }
    } while (batch.size() == BATCH);
  }

  /** Locks one subscription and mails the term-end reminder due, if still due. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean remind(long id) {
    return current.runAs(
        TenantScope.system(JOB),
        () -> {
          Subscription subscription = store.findForUpdate(Subscription.class, id);
          Instant now = clock.instant();
          OptionalInt due = subscription.reminderDue(now);
          due.ifPresent(days -> notices.remind(subscription, days, now));
          return due.isPresent();
        });
  }

  /**
   * Locks one subscription and applies every transition due by now; answers how many. Runs as the
   * system job in a transaction of its own.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int advance(long id) {
    return current.runAs(
        TenantScope.system(JOB),
        () -> {
          Subscription subscription = store.findForUpdate(Subscription.class, id);
          int seen = subscription.history().size();
          Map<String, Object> before = subscription.auditState();
          int steps = lifecycle.catchUp(subscription);
          notices.changed(subscription, seen);
          if (steps > 0) {
            audit.record(
                "subscription.advanced",
                "subscription",
                id,
                subscription.ownerPath(),
                before,
                subscription.auditState());
          }
          return steps;
        });
  }

  /**
   * Subscriptions ending within the first reminder's reach without renewal whose most urgent
   * reminder due did not go out (the entity decides for each; this only narrows the scan).
   */
  private List<Long> remindersAfter(long after, Instant now) {
    StringBuilder where =
        new StringBuilder(
            "e.id > :after AND e.state IN :ending AND e.autoRenew = FALSE"
                + " AND e.period.endsAt > :now AND e.period.endsAt <= :reach"
                + " AND (e.period.remindedEndsAt IS NULL"
                + " OR e.period.remindedEndsAt <> e.period.endsAt");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("after", after);
    parameters.put("now", now);
    parameters.put(
        "ending",
        Set.of(SubscriptionState.TRIAL, SubscriptionState.ACTIVE, SubscriptionState.CANCELLED));
    List<Integer> days = Period.REMINDER_DAYS;
    parameters.put("reach", now.plus(Duration.ofDays(days.get(0))));
    for (int d : days.subList(1, days.size())) {
      where.append(
          " OR (e.period.remindedDaysBefore > %d AND e.period.endsAt <= :reach%d)".formatted(d, d));
      parameters.put("reach" + d, now.plus(Duration.ofDays(d)));
    }
    where.append(")");
    return ids(where.toString(), parameters);
  }

  private List<Long> dueAfter(long after, Instant now) {
    return ids(
        "e.id > :after AND e.state IN :live"
            + " AND (e.period.endsAt <= :now OR e.period.graceEndsAt <= :now)",
        Map.of("after", after, "live", Lifecycle.LIVE, "now", now));
  }

  /** The next batch of matching subscription ids, read as the job (every tenant). */
  private List<Long> ids(String where, Map<String, Object> parameters) {
    return current.runAs(
        TenantScope.system(JOB),
        () ->
            store.list(Subscription.class, where, parameters, "e.id", BATCH).stream()
                .map(Subscription::id)
                .toList());
  }
}

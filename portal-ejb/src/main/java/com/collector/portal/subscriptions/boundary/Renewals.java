package com.collector.portal.subscriptions.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.subscriptions.control.Lifecycle;
import com.collector.portal.subscriptions.entity.Subscription;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

  /** Advances every subscription with something due, batch by batch, as the named system job. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RenewalRunView runAll() {
    Renewals self = context.getBusinessObject(Renewals.class);
    Instant now = clock.instant();
    int subscriptions = 0;
    int transitions = 0;
    long after = 0;
    List<Long> due;
    do {
      due = dueAfter(after, now);
      for (Long id : due) {
        int steps = self.advance(id);
        if (steps > 0) {
          subscriptions++;
          transitions += steps;
        }
        after = id;
      }
    } while (due.size() == BATCH);
    int advanced = subscriptions;
    int applied = transitions;
    LOG.info(() -> "Renewal run: " + applied + " transitions on " + advanced + " subscriptions");
    return new RenewalRunView(subscriptions, transitions);
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
          Map<String, Object> before = subscription.auditState();
          int steps = lifecycle.catchUp(subscription);
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

  private List<Long> dueAfter(long after, Instant now) {
    return current.runAs(
        TenantScope.system(JOB),
        () ->
            store
                .list(
                    Subscription.class,
                    "e.id > :after AND e.state IN :live"
                        + " AND (e.periodEnd <= :now OR e.graceEndsAt <= :now)",
                    Map.of("after", after, "live", Lifecycle.LIVE, "now", now),
                    "e.id",
                    BATCH)
                .stream()
                .map(Subscription::id)
                .toList());
  }
}

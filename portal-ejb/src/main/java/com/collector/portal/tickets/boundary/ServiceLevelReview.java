package com.collector.portal.tickets.boundary;

import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.SystemBatches;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tickets.control.ServiceLevels;
import com.collector.portal.tickets.control.TicketAccess;
import com.collector.portal.tickets.control.TicketMails;
import com.collector.portal.tickets.entity.Ticket;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Warns customer service before a ticket's service level is missed and records the breach when it
 * is: an internal entry on the ticket and a mail to its agent, once per due moment. Each ticket is
 * locked and reviewed in its own transaction, so instances running this together take turns.
 */
@Stateless
public class ServiceLevelReview {

  static final String JOB = "ticket-service-levels";
  private static final Logger LOG = Logger.getLogger(ServiceLevelReview.class.getName());

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject SystemBatches batches;
  @Inject ServiceLevels serviceLevels;
  @Inject TicketMails mails;
  @Inject TicketAccess access;
  @Inject Clock clock;
  @Resource SessionContext context;

  /** Runs the review now on behalf of an agent (it also runs every minute on its own). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int runNow() {
    access.requireAgent();
    return context.getBusinessObject(ServiceLevelReview.class).runAll();
  }

  /** Reviews every ticket whose next due moment is within the warning's reach; answers alerts. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int runAll() {
    ServiceLevelReview self = context.getBusinessObject(ServiceLevelReview.class);
    int alerts =
        batches.each(
            JOB,
            Ticket.class,
            "e.sla.nextDueAt <= :reach",
            Map.of("reach", clock.instant().plus(serviceLevels.warning())),
            Ticket::id,
            self::review);
    if (alerts > 0) {
      LOG.info(() -> "Service-level review: " + alerts + " alerts");
    }
    return alerts;
  }

  /** Locks one ticket and gives the alert it needs now, if any. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean review(long id) {
    return current.runAs(
        TenantScope.system(JOB),
        () -> {
          Ticket ticket = store.findForUpdate(Ticket.class, id);
          Optional<ServiceLevels.Alert> alert = serviceLevels.review(ticket, clock.instant());
          alert.ifPresent(
              given -> {
                store.add(given.entry());
                mails.serviceLevel(ticket, given);
              });
          return alert.isPresent();
        });
  }
}

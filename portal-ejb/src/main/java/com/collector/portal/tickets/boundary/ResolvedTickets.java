package com.collector.portal.tickets.boundary;

import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.SystemBatches;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tickets.control.TicketOpening;
import com.collector.portal.tickets.entity.Author;
import com.collector.portal.tickets.entity.Ticket;
import com.collector.portal.tickets.entity.TicketState;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Closes tickets resolved longer ago than the reopen window: nobody can reopen them any more, and
 * their watchers learn that they are closed. Each ticket is locked and closed in its own
 * transaction.
 */
@Stateless
public class ResolvedTickets {

  static final String JOB = "ticket-closing";

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject SystemBatches batches;
  @Inject TicketOpening opening;
  @Inject Clock clock;
  @Resource SessionContext context;

  /** Closes every ticket past its reopen window; answers how many. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int closeAll() {
    ResolvedTickets self = context.getBusinessObject(ResolvedTickets.class);
    return batches.each(
        JOB,
        Ticket.class,
        "e.state = :resolved AND e.times.resolvedAt < :before",
        Map.of(
            "resolved",
            TicketState.RESOLVED,
            "before",
            clock.instant().minus(opening.reopenWindow())),
        Ticket::id,
        self::close);
  }

  /** Locks one ticket and closes it if it is still resolved past the window. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean close(long id) {
    return current.runAs(
        TenantScope.system(JOB),
        () -> {
          Ticket ticket = store.findForUpdate(Ticket.class, id);
          Instant now = clock.instant();
          if (ticket.state() != TicketState.RESOLVED
              || !ticket.times().resolvedAt().plus(opening.reopenWindow()).isBefore(now)) {
            return false;
          }
          opening.record(
              ticket,
              ticket.moveTo(
                  TicketState.CLOSED,
                  Author.system("Customer service"),
                  "Closed " + opening.reopenWindow().toDays() + " days after its resolution",
                  now,
                  opening.reopenWindow()));
          return true;
        });
  }
}

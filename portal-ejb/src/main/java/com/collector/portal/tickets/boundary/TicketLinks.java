package com.collector.portal.tickets.boundary;

import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tickets.control.TicketAccess;
import com.collector.portal.tickets.control.TicketOpening;
import com.collector.portal.tickets.entity.Author;
import com.collector.portal.tickets.entity.Ticket;
import com.collector.portal.tickets.entity.TicketLink;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Links between related tickets, made and removed by agents. Each reader sees only the linked
 * tickets they may see; a link across customers is announced internally, so no customer learns of
 * another's ticket.
 */
@Stateless
public class TicketLinks {

  @Inject Store store;
  @Inject TicketAccess access;
  @Inject TicketViews views;
  @Inject TicketOpening opening;
  @Inject Clock clock;

  /** Relates ticket {@code number} and ticket {@code other}, both ways. */
  public TicketDetailView link(long number, long other) {
    access.requireAgent();
    Ticket[] both = lockBoth(number, other);
    Ticket ticket = both[0];
    Ticket related = both[1];
    if (side(ticket, related).isEmpty()) {
      Instant now = clock.instant();
      store.add(new TicketLink(ticket, related, now));
      store.add(new TicketLink(related, ticket, now));
      announce(ticket, related, "Related to ", now);
    }
    return views.detail(ticket);
  }

  /** Removes the link between ticket {@code number} and ticket {@code other}, both ways. */
  public TicketDetailView unlink(long number, long other) {
    access.requireAgent();
    Ticket[] both = lockBoth(number, other);
    Optional<TicketLink> forth = side(both[0], both[1]);
    if (forth.isPresent()) {
      store.remove(forth.get());
      side(both[1], both[0]).ifPresent(store::remove);
      announce(both[0], both[1], "No longer related to ", clock.instant());
    }
    return views.detail(both[0]);
  }

  private void announce(Ticket ticket, Ticket related, String what, Instant now) {
    Author by = access.author();
    boolean sameCustomer = ticket.customer().id().equals(related.customer().id());
    opening.record(ticket, ticket.note(what + related.reference(), sameCustomer, by, now));
    opening.record(related, related.note(what + ticket.reference(), sameCustomer, by, now));
  }

  /**
   * Locks both tickets, the lower number first, so two agents linking them crosswise never
   * deadlock.
   */
  private Ticket[] lockBoth(long number, long other) {
    if (number == other) {
      throw new InvalidInputException("number", "is this ticket itself");
    }
    Ticket first = views.findForUpdate(Math.min(number, other));
    Ticket second = views.findForUpdate(Math.max(number, other));
    return number < other ? new Ticket[] {first, second} : new Ticket[] {second, first};
  }

  private Optional<TicketLink> side(Ticket ticket, Ticket linked) {
    return store.single(
        TicketLink.class,
        "e.ticket.id = :t AND e.linked.id = :l",
        Map.of("t", ticket.id(), "l", linked.id()));
  }
}

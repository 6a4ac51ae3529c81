package com.collector.portal.tickets.control;

import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tickets.entity.Ticket;
import com.collector.portal.tickets.entity.TicketWatcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who watches a ticket. Callers hold the ticket's lock, so adding the same watcher twice waits. */
@ApplicationScoped
public class TicketWatchers {

  @Inject Store store;
  @Inject Clock clock;

  public List<TicketWatcher> of(Ticket ticket) {
    return store.list(
        TicketWatcher.class, "e.ticket.id = :ticket", Map.of("ticket", ticket.id()), "e.id");
  }

  /** Adds {@code user} unless they watch already; someone who cannot see the ticket is refused. */
  public void watch(Ticket ticket, UserAccount user) {
    if (find(ticket, user).isPresent()) {
      return;
    }
    if (!ticket.ownerPath().startsWith(user.ownerPath()) || !user.isEnabled()) {
      throw new InvalidInputException("userId", "cannot see this ticket");
    }
    store.add(new TicketWatcher(ticket, user, clock.instant()));
  }

  public void unwatch(Ticket ticket, UserAccount user) {
    find(ticket, user).ifPresent(store::remove);
  }

  private Optional<TicketWatcher> find(Ticket ticket, UserAccount user) {
    return store.single(
        TicketWatcher.class,
        "e.ticket.id = :ticket AND e.user.id = :user",
        Map.of("ticket", ticket.id(), "user", user.id()));
  }
}

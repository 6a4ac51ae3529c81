package com.collector.portal.tickets.control;

import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.installations.entity.Installation;
import com.collector.portal.subscriptions.boundary.Entitlements;
import com.collector.portal.subscriptions.entity.Feature;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tickets.entity.Author;
import com.collector.portal.tickets.entity.Ticket;
import com.collector.portal.tickets.entity.TicketDetails;
import com.collector.portal.tickets.entity.TicketEntry;
import com.collector.portal.tickets.entity.TicketSource;
import com.collector.portal.tickets.entity.TicketState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens tickets, folding a repeated report of the same problem (same customer and fingerprint) into
 * the ticket that still covers it.
 */
@ApplicationScoped
public class TicketOpening {

  @Inject Store store;
  @Inject Clock clock;
  @Inject ServiceLevels serviceLevels;
  @Inject TicketMails mails;
  @Inject TicketWatchers watchers;
  @Inject Entitlements entitlements;

  @Inject
  @ConfigProperty(name = "portal.tickets.reopen-days", defaultValue = "14")
  int reopenDays;

  /** What opening answered: the ticket, and whether it is new or an earlier one took the report. */
  public record Opened(Ticket ticket, boolean created) {}

  public Duration reopenWindow() {
    return Duration.ofDays(Math.max(0, reopenDays));
  }

  public Opened open(
      Organization customer,
      Installation installation,
      TicketDetails details,
      TicketSource source,
      String fingerprint,
      Author by) {
    Instant now = clock.instant();
    if (fingerprint != null) {
      // Reports of one problem take turns, so two racing reports cannot both open a ticket.
      store.lock("ticket:" + customer.id() + ":" + fingerprint);
      Ticket earlier = unclosed(customer, fingerprint);
      if (earlier != null && earlier.takesRecurrence(now, reopenWindow())) {
        record(
            earlier,
            earlier.recur(
                details.subject() + "\n\n" + details.description(), by, now, reopenWindow()));
        return new Opened(earlier, false);
      }
      if (earlier != null) {
        // Resolved too long ago to reopen: it is closed for good and the report starts afresh.
        record(earlier, earlier.moveTo(TicketState.CLOSED, by, null, now, reopenWindow()));
        store.flush("fingerprint");
      }
    }
    Ticket ticket =
        store.add(
            new Ticket(
                store.nextId("ticket_number"),
                customer,
                installation,
                details,
                source,
                fingerprint,
                entitlements.grants(customer.id(), Feature.PRIORITY_SUPPORT),
                by,
                now));
    serviceLevels.track(ticket);
    store.flush("fingerprint");
    if (by.userId() != null) {
      watchers.watch(ticket, store.find(UserAccount.class, by.userId()));
    }
    return new Opened(ticket, true);
  }

  /** The ticket not yet closed that an automatic source opened for {@code fingerprint}, or null. */
  public Ticket unclosed(Organization customer, String fingerprint) {
    return store
        .single(
            Ticket.class,
            "e.customer.id = :customer AND e.fingerprint = :fingerprint AND e.state <> :closed",
            Map.of(
                "customer",
                customer.id(),
                "fingerprint",
                fingerprint,
                "closed",
                TicketState.CLOSED))
        .orElse(null);
  }

  /** Stores the entries a change of {@code ticket} answered and brings its clocks up to date. */
  public void record(Ticket ticket, List<TicketEntry> entries) {
    entries.forEach(store::add);
    serviceLevels.track(ticket);
    mails.updated(ticket, entries);
    entries.stream()
        .map(TicketEntry::ticket)
        .filter(other -> other != ticket)
        .distinct()
        .forEach(serviceLevels::track);
  }

  /** As {@link #record(Ticket, List)} for one entry. */
  public void record(Ticket ticket, TicketEntry entry) {
    record(ticket, List.of(entry));
  }
}

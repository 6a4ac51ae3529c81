package com.collector.portal.tickets.boundary;

import com.collector.portal.installations.entity.Installation;
import com.collector.portal.platform.boundary.Inputs;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tickets.control.TemplateCatalog;
import com.collector.portal.tickets.control.TicketOpening;
import com.collector.portal.tickets.entity.ActionStatus;
import com.collector.portal.tickets.entity.Author;
import com.collector.portal.tickets.entity.PlannedAction;
import com.collector.portal.tickets.entity.Ticket;
import com.collector.portal.tickets.entity.TicketDetails;
import com.collector.portal.tickets.entity.TicketState;
import com.collector.portal.tickets.entity.Visibility;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The door other features use to open and resolve tickets on their own: not a user action, so it
 * runs in the caller's scope (usually a named system scope) without rights checks. A report of a
 * problem that already has a ticket adds an entry to it instead of opening another.
 */
@Stateless
public class AutomaticTickets {

  @Inject Store store;
  @Inject TicketOpening opening;
  @Inject TicketViews views;
  @Inject Inputs inputs;
  @Inject TemplateCatalog templates;
  @Inject Clock clock;

  /** Opens a ticket for the report, or records it on the ticket still covering its problem. */
  public OpenedTicket openAutomatic(AutomaticReport report) {
    inputs.valid(report, "report");
    Organization customer =
        store
            .findOptional(Organization.class, report.customerId())
            .orElseThrow(() -> new InvalidInputException("customerId", "is not a known customer"));
    Installation installation =
        report.installationId() == null
            ? null
            : store
                .findOptional(Installation.class, report.installationId())
                .filter(i -> i.customer().id().equals(customer.id()))
                .orElseThrow(
                    () -> new InvalidInputException("installationId", "is not the customer's"));
    TicketOpening.Opened opened =
        opening.open(
            customer,
            installation,
            new TicketDetails(
                report.subject(), report.description(), report.category(), report.priority()),
            report.source(),
            report.fingerprint(),
            Author.system(report.sourceName()));
    return new OpenedTicket(views.view(opened.ticket()), opened.created());
  }

  /**
   * The source says the problem is gone: its ticket, if still needing work, is resolved with {@code
   * note}. Answers the ticket, if there was one to resolve.
   */
  public Optional<TicketView> resolveAutomatic(
      long customerId, String fingerprint, String sourceName, String note) {
    Optional<Organization> customer = store.findOptional(Organization.class, customerId);
    Ticket ticket = customer.map(c -> opening.unclosed(c, fingerprint)).orElse(null);
    if (ticket == null || !ticket.state().isActive()) {
      return Optional.empty();
    }
    Ticket locked = store.findForUpdate(Ticket.class, ticket.id());
    opening.record(
        locked,
        locked.moveTo(
            TicketState.RESOLVED,
            Author.system(sourceName),
            note,
            clock.instant(),
            opening.reopenWindow()));
    return Optional.of(views.view(locked));
  }

  /**
   * Gives an automatic ticket the plan of its category's template (the vendor's or the default),
   * unless it has a plan already. Steps the template marks internal stay internal.
   */
  public void planFromTemplate(long number, String sourceName) {
    Ticket ticket = views.findForUpdate(number);
    if (step(ticket, 1).isPresent()) {
      return;
    }
    opening.record(
        ticket,
        templates.appendTo(
            ticket,
            0,
            Author.system(sourceName),
            step -> step.internal() ? Visibility.INTERNAL : Visibility.PUBLIC,
            clock.instant()));
  }

  /**
   * The source did the work of step {@code position} of the ticket's plan: it is marked done (one
   * entry on the timeline), unless the plan has no such step or it is done or skipped already.
   * Answers whether it was marked.
   */
  public boolean completeStep(long number, int position, String sourceName) {
    Ticket ticket = views.findForUpdate(number);
    Optional<PlannedAction> step =
        step(ticket, position)
            .filter(
                a -> a.status() == ActionStatus.PLANNED || a.status() == ActionStatus.IN_PROGRESS);
    if (step.isEmpty()) {
      return false;
    }
    Instant now = clock.instant();
    step.get().moveTo(ActionStatus.DONE, now);
    opening.record(
        ticket,
        ticket.planChanged(
            step.get(), "Done: " + step.get().description(), Author.system(sourceName), now));
    return true;
  }

  /**
   * The source tells customer service something about the ticket: an internal entry, unless the
   * ticket is closed. Answers whether it was written.
   */
  public boolean noteInternal(long number, String note, String sourceName) {
    Ticket ticket = views.findForUpdate(number);
    if (ticket.state() == TicketState.CLOSED) {
      return false;
    }
    opening.record(
        ticket,
        ticket.comment(note, Visibility.INTERNAL, Author.system(sourceName), clock.instant()));
    return true;
  }

  private Optional<PlannedAction> step(Ticket ticket, int position) {
    return store.single(
        PlannedAction.class,
        "e.ticket.id = :ticket AND e.position = :position",
        Map.of("ticket", ticket.id(), "position", position));
  }
}

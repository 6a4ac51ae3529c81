package com.collector.portal.tickets.boundary;

import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.installations.entity.Installation;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.platform.boundary.Inputs;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import com.collector.portal.tickets.control.TicketAccess;
import com.collector.portal.tickets.control.TicketOpening;
import com.collector.portal.tickets.control.TicketWatchers;
import com.collector.portal.tickets.entity.Author;
import com.collector.portal.tickets.entity.Ticket;
import com.collector.portal.tickets.entity.TicketDetails;
import com.collector.portal.tickets.entity.TicketPriority;
import com.collector.portal.tickets.entity.TicketSource;
import com.collector.portal.tickets.entity.TicketState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Tickets of the caller's subtree: everyone who may {@code VIEW} lists them, opens them and
 * comments; customer service's agents plan, log work, assign, move and merge them. Partners and
 * customers never see internal entries or steps.
 */
@Stateless
public class Tickets {

  /** Sort keys (as views name them) and the entity paths they sort by. */
  private static final Map<String, String> SORTABLE =
      Map.of(
          "number", "number",
          "subject", "subject",
          "state", "state",
          "createdAt", "times.createdAt",
          "updatedAt", "times.updatedAt",
          "nextDueAt", "sla.nextDueAt");

  @Inject Store store;
  @Inject TicketAccess access;
  @Inject TicketOpening opening;
  @Inject TicketWatchers watchers;
  @Inject TicketViews views;
  @Inject TicketQuery query;
  @Inject Inputs inputs;
  @Inject Clock clock;

  /**
   * Tickets of the subtree matching {@code filter}; by default the queue's order: the one closest
   * to missing a service level first, those without a running clock last.
   */
  public Page<TicketView> page(TicketFilter filter, PageRequest request) {
    access.requireReader();
    Page<Ticket> page =
        store.page(
            Ticket.class,
            query.where(filter),
            query.parameters(filter),
            request.orderBy(SORTABLE, "nextDueAt"),
            request);
    return new Page<>(views.views(page.items()), page.total(), page.offset(), page.limit());
  }

  /** One ticket with its plan and timeline, as far as the caller may see them; 404 for others. */
  public TicketDetailView get(long number) {
    access.requireReader();
    return views.detail(views.find(number));
  }

  /**
   * Opens a ticket for a customer of the subtree. With a fingerprint, a ticket still covering the
   * same problem takes the report instead (the answer then names that ticket).
   */
  public OpenedTicket open(NewTicket input) {
    access.requireReader();
    inputs.valid(input, "ticket");
    Organization customer = customer(input.customerId());
    Installation installation = installation(customer, input.installationId());
    TicketDetails details =
        new TicketDetails(
            input.subject().strip(),
            input.description().strip(),
            input.category(),
            input.priority() == null ? TicketPriority.NORMAL : input.priority());
    TicketSource source = store.scope().viaApiToken() ? TicketSource.API : TicketSource.MANUAL;
    TicketOpening.Opened opened =
        opening.open(customer, installation, details, source, input.fingerprint(), access.author());
    return new OpenedTicket(views.view(opened.ticket()), opened.created());
  }

  /** A comment, or — with minutes, by an agent — work carried out. */
  public TicketDetailView comment(long number, NewEntry input) {
    access.requireReader();
    inputs.valid(input, "entry");
    Ticket ticket = views.findForUpdate(number);
    Author by = access.author();
    if (input.minutes() != null) {
      access.requireAgent();
      opening.record(
          ticket,
          ticket.logWork(
              input.body().strip(),
              input.minutes(),
              access.visibility(input.internal()),
              by,
              clock.instant()));
    } else {
      opening.record(
          ticket,
          ticket.comment(
              input.body().strip(), access.visibility(input.internal()), by, clock.instant()));
    }
    return views.detail(ticket);
  }

  /**
   * Moves a ticket: agents along every edge of the state machine, the customer's side only from
   * resolved (reopen within the window, or confirm and close).
   */
  public TicketDetailView move(long number, TicketMove input) {
    access.requireReader();
    inputs.valid(input, "move");
    Ticket ticket = views.findForUpdate(number);
    if (!access.isAgent() && ticket.state() != TicketState.RESOLVED) {
      throw new ForbiddenException("Customer service moves this ticket; add a comment instead");
    }
    opening.record(
        ticket,
        ticket.moveTo(
            input.to(),
            access.author(),
            note(input.note()),
            clock.instant(),
            opening.reopenWindow()));
    return views.detail(ticket);
  }

  /** Hands a ticket to an agent of customer service (or to nobody) and a team queue. */
  public TicketDetailView assign(long number, Assignment input) {
    access.requireAgent();
    inputs.valid(input, "assignment");
    Ticket ticket = views.findForUpdate(number);
    handTo(ticket, input.agentId(), note(input.queue()));
    return views.detail(ticket);
  }

  /**
   * Hands a ticket to an agent (or to nobody) in the queue it is in, answering nothing: for bulk
   * assignment, which shows the list again rather than each ticket.
   */
  public void handTo(long number, Long agentId) {
    access.requireAgent();
    Ticket ticket = views.findForUpdate(number);
    handTo(ticket, agentId, ticket.queue());
  }

  private void handTo(Ticket ticket, Long agentId, String queue) {
    opening.record(
        ticket,
        ticket.assignTo(query.agent(agentId, "agentId"), queue, access.author(), clock.instant()));
  }

  /** Changes a ticket's priority (its service-level targets follow) and category. */
  public TicketDetailView reclassify(long number, Reclassification input) {
    access.requireAgent();
    inputs.valid(input, "classification");
    Ticket ticket = views.findForUpdate(number);
    opening.record(
        ticket,
        ticket.reclassify(
            input.priority() == null ? ticket.priority() : input.priority(),
            input.category() == null ? ticket.category() : input.category(),
            access.author(),
            clock.instant()));
    return views.detail(ticket);
  }

  /** Closes duplicate {@code number} into ticket {@code into}. */
  public TicketDetailView merge(long number, long into) {
    access.requireAgent();
    Ticket duplicate = views.findForUpdate(number);
    Ticket target = views.findForUpdate(into);
    opening.record(duplicate, duplicate.mergeInto(target, access.author(), clock.instant()));
    return views.detail(target);
  }

  /**
   * Adds a watcher: the caller themselves ({@code userId} null) or a person of the caller's subtree
   * (an agent: anyone) who may see the ticket.
   */
  public TicketDetailView watch(long number, Long userId) {
    access.requireReader();
    Ticket ticket = views.findForUpdate(number);
    watchers.watch(ticket, person(userId));
    return views.detail(ticket);
  }

  /** Removes a watcher, the caller themselves when {@code userId} is null. */
  public TicketDetailView unwatch(long number, Long userId) {
    access.requireReader();
    Ticket ticket = views.findForUpdate(number);
    watchers.unwatch(ticket, person(userId));
    return views.detail(ticket);
  }

  /** Whether the caller works tickets (pages show agents' controls). */
  public boolean mayWork() {
    return access.isAgent();
  }

  /** Agents a ticket can be handed to, for pickers. */
  public List<AgentView> agents() {
    access.requireAgent();
    return query.agents().stream().map(AgentView::of).toList();
  }

  private Organization customer(Long customerId) {
    Long id = customerId;
    if (id == null && store.scope().kind() == OrganizationKind.CUSTOMER) {
      id = store.scope().organizationId();
    }
    if (id == null) {
      throw new InvalidInputException("customerId", "is required");
    }
    return store
        .findOptional(Organization.class, id)
        .filter(o -> o.kind() == OrganizationKind.CUSTOMER)
        .orElseThrow(() -> new InvalidInputException("customerId", "is not a known customer"));
  }

  private Installation installation(Organization customer, Long installationId) {
    if (installationId == null) {
      return null;
    }
    return store
        .findOptional(Installation.class, installationId)
        .filter(i -> i.customer().id().equals(customer.id()))
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "installationId", "is not an installation of the customer"));
  }

  private UserAccount person(Long userId) {
    Long id = userId == null ? store.scope().userId() : userId;
    if (id == null) {
      throw new ForbiddenException("Only people watch tickets");
    }
    return store
        .findOptional(UserAccount.class, id)
        .orElseThrow(
            () -> new InvalidInputException("userId", "is not a user of your organizations"));
  }

  private static String note(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

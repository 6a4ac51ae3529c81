package com.collector.portal.tickets.boundary;

import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.platform.boundary.Inputs;
import com.collector.portal.platform.boundary.NotFoundException;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tickets.control.TemplateCatalog;
import com.collector.portal.tickets.control.TicketAccess;
import com.collector.portal.tickets.control.TicketOpening;
import com.collector.portal.tickets.entity.PlannedAction;
import com.collector.portal.tickets.entity.Ticket;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The plan of a ticket: agents add steps and record their progress; every change appears on the
 * timeline with the step's visibility, so the customer's side follows public steps only.
 */
@Stateless
public class TicketPlans {

  @Inject Store store;
  @Inject TicketAccess access;
  @Inject TicketViews views;
  @Inject TicketOpening opening;
  @Inject TemplateCatalog templates;
  @Inject TicketQuery query;
  @Inject Inputs inputs;
  @Inject Clock clock;

  /** Adds a step at the end of the plan. */
  public TicketDetailView add(long number, NewStep input) {
    access.requireAgent();
    inputs.valid(input, "step");
    Ticket ticket = views.findForUpdate(number);
    Instant now = clock.instant();
    UserAccount assignee = query.agent(input.assigneeId(), "assigneeId");
    int position = lastPosition(ticket) + 1;
    PlannedAction step =
        store.add(
            new PlannedAction(
                ticket,
                position,
                input.description().strip(),
                assignee,
                input.dueOn(),
                access.visibility(input.internal()),
                now));
    opening.record(
        ticket, ticket.planChanged(step, "Planned: " + step.description(), access.author(), now));
    return views.detail(ticket);
  }

  /**
   * Appends the steps of the template of the ticket's category (the vendor's, or the portal's
   * default) to its plan.
   */
  public TicketDetailView startFromTemplate(long number) {
    access.requireAgent();
    Ticket ticket = views.findForUpdate(number);
    opening.record(
        ticket,
        templates.appendTo(
            ticket,
            lastPosition(ticket),
            access.author(),
            step -> access.visibility(step.internal()),
            clock.instant()));
    return views.detail(ticket);
  }

  /** Records progress on step {@code stepId} of ticket {@code number}. */
  public TicketDetailView progress(long number, long stepId, StepChange input) {
    access.requireAgent();
    inputs.valid(input, "step");
    Ticket ticket = views.findForUpdate(number);
    PlannedAction step = step(ticket, stepId);
    Instant now = clock.instant();
    if (step.moveTo(input.status(), now)) {
      String what =
          switch (input.status()) {
            case PLANNED -> "Back to planned: ";
            case IN_PROGRESS -> "Started: ";
            case DONE -> "Done: ";
            case SKIPPED -> "Skipped: ";
          };
      opening.record(
          ticket, ticket.planChanged(step, what + step.description(), access.author(), now));
    }
    return views.detail(ticket);
  }

  /** Gives step {@code stepId} of ticket {@code number} an agent and a due date (null: none). */
  public TicketDetailView schedule(long number, long stepId, StepSchedule input) {
    access.requireAgent();
    inputs.valid(input, "schedule");
    Ticket ticket = views.findForUpdate(number);
    PlannedAction step = step(ticket, stepId);
    UserAccount assignee = query.agent(input.assigneeId(), "assigneeId");
    Instant now = clock.instant();
    step.reschedule(assignee, input.dueOn(), now);
    String who = assignee == null ? "nobody" : assignee.displayName();
    String when = input.dueOn() == null ? "no due date" : "due " + input.dueOn();
    opening.record(
        ticket,
        ticket.planChanged(
            step,
            "Scheduled: " + step.description() + " (" + who + ", " + when + ")",
            access.author(),
            now));
    return views.detail(ticket);
  }

  private PlannedAction step(Ticket ticket, long stepId) {
    return store
        .findOptional(PlannedAction.class, stepId)
        .filter(a -> a.ticket().id().equals(ticket.id()))
        .orElseThrow(() -> new NotFoundException("Step", stepId));
  }

  private int lastPosition(Ticket ticket) {
    return store
        .list(
            PlannedAction.class, "e.ticket.id = :t", Map.of("t", ticket.id()), "e.position DESC", 1)
        .stream()
        .findFirst()
        .map(PlannedAction::position)
        .orElse(0);
  }
}

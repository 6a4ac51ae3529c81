package com.collector.portal.tickets.boundary;

import com.collector.portal.platform.boundary.NotFoundException;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tickets.control.TicketAccess;
import com.collector.portal.tickets.control.TicketOpening;
import com.collector.portal.tickets.control.TicketWatchers;
import com.collector.portal.tickets.entity.PlannedAction;
import com.collector.portal.tickets.entity.Ticket;
import com.collector.portal.tickets.entity.TicketAttachment;
import com.collector.portal.tickets.entity.TicketEntry;
import com.collector.portal.tickets.entity.TicketLink;
import com.collector.portal.tickets.entity.TicketState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Loads tickets by number and shows them as far as the reader may see. */
@ApplicationScoped
public class TicketViews {

  @Inject Store store;
  @Inject TicketAccess access;
  @Inject TicketOpening opening;
  @Inject TicketWatchers watchers;
  @Inject Clock clock;

  /** A ticket of the caller's subtree by its number; 404 for others. */
  public Ticket find(long number) {
    return store
        .single(Ticket.class, "e.number = :number", Map.of("number", number))
        .orElseThrow(() -> new NotFoundException("Ticket", number));
  }

  /** As {@link #find}, locked until the transaction ends so concurrent changes take turns. */
  public Ticket findForUpdate(long number) {
    return store.findForUpdate(Ticket.class, find(number).id());
  }

  public TicketView view(Ticket ticket) {
    return views(List.of(ticket)).get(0);
  }

  public List<TicketView> views(List<Ticket> tickets) {
    Map<Long, List<PlannedAction>> plans =
        plan(tickets.stream().map(Ticket::id).toList()).stream()
            .collect(Collectors.groupingBy(a -> a.ticket().id()));
    return tickets.stream()
        .map(
            t ->
                TicketView.of(
                    t,
                    PlanProgress.of(plans.getOrDefault(t.id(), List.of())),
                    access.seesInternal()))
        .toList();
  }

  public TicketDetailView detail(Ticket ticket) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("ticket", ticket.id());
    String where = access.readable("e.ticket.id = :ticket", parameters);
    List<TicketEntry> timeline =
        store.list(TicketEntry.class, where, parameters, "e.createdAt ASC, e.id ASC");
    List<PlannedAction> plan = plan(List.of(ticket.id()));
    List<WatcherView> watching = watchers.of(ticket).stream().map(WatcherView::of).toList();
    Long me = store.scope().userId();
    return new TicketDetailView(
        TicketView.of(ticket, PlanProgress.of(plan), access.seesInternal()),
        plan.stream().map(PlannedActionView::of).toList(),
        timeline.stream().map(TicketEntryView::of).toList(),
        moves(ticket),
        watching,
        watching.stream().anyMatch(w -> Long.valueOf(w.userId()).equals(me)),
        store.list(TicketAttachment.class, where, parameters, "e.uploadedAt ASC, e.id ASC").stream()
            .map(AttachmentView::of)
            .toList(),
        store.list(TicketLink.class, "e.ticket.id = :t", Map.of("t", ticket.id()), "e.id").stream()
            .map(TicketLink::linked)
            .filter(linked -> store.scope().covers(linked.ownerPath()))
            .map(RelatedTicketView::of)
            .toList());
  }

  /** The states the caller may move {@code ticket} to now. */
  public Set<TicketState> moves(Ticket ticket) {
    if (ticket.mergedInto() != null) {
      return EnumSet.noneOf(TicketState.class);
    }
    if (access.isAgent()) {
      return ticket.state().next();
    }
    if (ticket.state() != TicketState.RESOLVED) {
      return EnumSet.noneOf(TicketState.class);
    }
    boolean reopenable =
        !clock.instant().isAfter(ticket.times().resolvedAt().plus(opening.reopenWindow()));
    return reopenable
        ? EnumSet.of(TicketState.OPEN, TicketState.CLOSED)
        : EnumSet.of(TicketState.CLOSED);
  }

  private List<PlannedAction> plan(List<Long> ticketIds) {
    if (ticketIds.isEmpty()) {
      return List.of();
    }
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("tickets", ticketIds);
    return store.list(
        PlannedAction.class,
        access.readable("e.ticket.id IN :tickets", parameters),
        parameters,
        "e.position ASC");
  }
}

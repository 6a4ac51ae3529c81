package com.collector.portal.tickets.boundary;

import com.collector.portal.tickets.entity.Ticket;
import com.collector.portal.tickets.entity.TicketCategory;
import com.collector.portal.tickets.entity.TicketPriority;
import com.collector.portal.tickets.entity.TicketSource;
import com.collector.portal.tickets.entity.TicketState;
import java.time.Instant;

/**
 * A ticket as lists and pages show it. The queue is customer service's routing and is left out for
 * the customer's side.
 *
 * @param reference what people quote, e.g. {@code T-1042}
 * @param progress the plan's progress over the steps the reader may see
 * @param mergedInto the reference of the ticket this duplicate was merged into, or null
 * @param serviceLevel the service-level clocks
 */
public record TicketView(
    long number,
    String reference,
    String subject,
    String description,
    long customerId,
    String customerName,
    Long installationId,
    String installationName,
    TicketCategory category,
    TicketPriority priority,
    TicketSource source,
    TicketState state,
    Long assigneeId,
    String assigneeName,
    String queue,
    String openedBy,
    Instant createdAt,
    Instant updatedAt,
    Instant firstResponseAt,
    Instant resolvedAt,
    Instant closedAt,
    String mergedInto,
    PlanProgress progress,
    ServiceLevelView serviceLevel) {

  static TicketView of(Ticket t, PlanProgress progress, boolean internal) {
    return new TicketView(
        t.number(),
        t.reference(),
        t.subject(),
        t.description(),
        t.customer().id(),
        t.customer().name(),
        t.installation() == null ? null : t.installation().id(),
        t.installation() == null ? null : t.installation().name(),
        t.category(),
        t.priority(),
        t.source(),
        t.state(),
        t.assignee() == null ? null : t.assignee().id(),
        t.assignee() == null ? null : t.assignee().displayName(),
        internal ? t.queue() : null,
        t.openedBy(),
        t.times().createdAt(),
        t.times().updatedAt(),
        t.times().firstResponseAt(),
        t.times().resolvedAt(),
        t.times().closedAt(),
        t.mergedInto() == null ? null : t.mergedInto().reference(),
        progress,
        ServiceLevelView.of(t));
  }
}

package com.collector.portal.tickets.boundary;

import com.collector.portal.tickets.entity.TicketCategory;
import com.collector.portal.tickets.entity.TicketPriority;
import com.collector.portal.tickets.entity.TicketState;

/**
 * Which tickets a list shows; null fields do not filter.
 *
 * @param active only tickets still needing work (not resolved or closed)
 * @param mine only tickets assigned to the caller
 * @param text words of the subject or the reference
 */
public record TicketFilter(
    Long customerId,
    TicketState state,
    TicketCategory category,
    TicketPriority priority,
    Long assigneeId,
    boolean active,
    boolean mine,
    String text) {

  public static TicketFilter none() {
    return new TicketFilter(null, null, null, null, null, false, false, null);
  }
}

package com.collector.portal.tickets.boundary;

import com.collector.portal.tickets.entity.ServiceLevel;
import com.collector.portal.tickets.entity.Ticket;
import java.time.Instant;

/**
 * A ticket's service-level clocks as lists show them.
 *
 * @param nextDueAt the first moment a target would be missed; null when none runs (resolved,
 *     closed, or paused while waiting on the customer)
 * @param paused whether the resolution clock waits on the customer
 */
public record ServiceLevelView(
    boolean prioritySupport,
    Instant firstResponseDueAt,
    Instant resolutionDueAt,
    Instant nextDueAt,
    boolean paused) {

  static ServiceLevelView of(Ticket ticket) {
    ServiceLevel sla = ticket.sla();
    return new ServiceLevelView(
        sla.prioritySupport(),
        ticket.times().firstResponseAt() == null ? sla.firstResponseDueAt() : null,
        sla.resolutionDueAt(),
        sla.nextDueAt(),
        sla.paused());
  }
}

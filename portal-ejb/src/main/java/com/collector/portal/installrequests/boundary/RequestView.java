package com.collector.portal.installrequests.boundary;

import com.collector.portal.installrequests.entity.InstallationRequest;
import com.collector.portal.installrequests.entity.RequestState;
import java.time.Duration;
import java.time.Instant;

/**
 * An installation request in a listing.
 *
 * @param stateSince when it entered its state; its age in the queue counts from there
 * @param stuck whether it has sat in its state longer than customer service should let it
 */
public record RequestView(
    long id,
    RequestState state,
    Long customerId,
    String customerName,
    String requester,
    Long installationId,
    Long ticketNumber,
    String handlerName,
    Instant appointmentAt,
    Instant createdAt,
    Instant updatedAt,
    Instant stateSince,
    boolean stuck) {

  static RequestView of(InstallationRequest r, Duration stuckAfter, Instant now) {
    return new RequestView(
        r.id(),
        r.state(),
        r.customerId(),
        r.customerName(),
        r.requester(),
        r.installationId(),
        r.ticketNumber(),
        r.handlerName(),
        r.appointmentAt(),
        r.createdAt(),
        r.updatedAt(),
        r.stateSince(),
        r.isStuck(stuckAfter, now));
  }
}

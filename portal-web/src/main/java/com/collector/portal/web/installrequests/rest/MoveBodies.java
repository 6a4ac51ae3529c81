package com.collector.portal.web.installrequests.rest;

import java.time.Instant;

/**
 * The bodies of customer service's moves, as the OpenAPI document shows them. The resource reads
 * them member by member rather than binding these records, so that a member of the wrong type (a
 * number for a text) is refused by name instead of being turned into text.
 */
public final class MoveBodies {

  private MoveBodies() {}

  /** Rejecting: why, for the requester. */
  public record ReasonJson(String reason) {}

  /** Scheduling: the appointment (an ISO instant within the coming year), an optional note. */
  public record AppointmentJson(Instant appointment, String note) {}

  /** Closing: an optional note; the body itself may be empty. */
  public record NoteJson(String note) {}
}

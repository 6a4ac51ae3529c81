package com.collector.portal.web.monitoring.rest;

import com.collector.portal.monitoring.boundary.TopErrorView;
import java.time.Instant;

/** An error group seen during the period, with its occurrences in the narrowed subtree. */
public record TopErrorJson(
    String fingerprint,
    String exceptionType,
    String sampleMessage,
    long occurrences,
    long installations,
    Instant lastSeenAt) {

  static TopErrorJson of(TopErrorView v) {
    return new TopErrorJson(
        v.fingerprint(),
        v.exceptionType(),
        v.sampleMessage(),
        v.occurrences(),
        v.installations(),
        v.lastSeenAt());
  }
}

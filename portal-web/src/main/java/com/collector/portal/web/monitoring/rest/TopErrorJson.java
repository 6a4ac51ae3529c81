package com.collector.portal.web.monitoring.rest;

import com.collector.portal.monitoring.boundary.TopErrorView;
import java.time.Instant;

/**
 * An error group that occurred during the period, with its occurrences, affected installations and
 * last occurrence in the narrowed subtree, all within the period.
 */
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

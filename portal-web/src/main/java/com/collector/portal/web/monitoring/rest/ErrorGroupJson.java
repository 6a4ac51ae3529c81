package com.collector.portal.web.monitoring.rest;

import com.collector.portal.monitoring.boundary.ErrorGroupDetailView;
import java.time.Instant;

/** An error group as the caller's subtree saw it. */
public record ErrorGroupJson(
    String fingerprint,
    String exceptionType,
    String topFrames,
    String sampleMessage,
    long occurrences,
    long installations,
    Instant firstSeenAt,
    Instant lastSeenAt) {

  static ErrorGroupJson of(ErrorGroupDetailView v) {
    return new ErrorGroupJson(
        v.fingerprint(),
        v.exceptionType(),
        v.topFrames(),
        v.sampleMessage(),
        v.occurrences(),
        v.installations(),
        v.firstSeenAt(),
        v.lastSeenAt());
  }
}

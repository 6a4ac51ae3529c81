package com.collector.portal.telemetry.control;

import java.time.Instant;
import java.util.Map;

/**
 * One accepted event: what is stored (columns for the aggregates, the event's JSON as sent) and
 * what installation health needs from it.
 *
 * @param result for runs {@code success}, {@code failure} or {@code partial}; for updates {@code
 *     success} or {@code failure}
 * @param plugins for a session start: what runs
 * @param error for an application error: its type, top frames and message
 */
public record TelemetryEvent(
    String id,
    EventType type,
    Instant occurredAt,
    String plugin,
    String result,
    String appVersion,
    Long rows,
    Long bytes,
    Long durationMs,
    String errorCode,
    Map<String, String> plugins,
    String os,
    String dotnetVersion,
    AppError error,
    String payload) {

  /** An application error's grouping facts. */
  public record AppError(
      String fingerprint, String exceptionType, String topFrames, String message) {}

  public boolean isFailedRun() {
    return type == EventType.EXTRACTION_RUN && "failure".equals(result);
  }

  public boolean isSuccessfulRun() {
    return type == EventType.EXTRACTION_RUN && !"failure".equals(result);
  }

  public String fingerprint() {
    return error == null ? null : error.fingerprint();
  }
}

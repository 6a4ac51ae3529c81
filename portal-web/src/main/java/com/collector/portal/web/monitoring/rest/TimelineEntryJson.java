package com.collector.portal.web.monitoring.rest;

import com.collector.portal.monitoring.boundary.TimelineEntryView;
import java.time.Instant;

/** One event of an installation's timeline, as the API shows it. */
public record TimelineEntryJson(
    String eventId,
    Instant occurredAt,
    String type,
    String plugin,
    String result,
    String appVersion,
    Long rows,
    Long durationMs,
    String errorCode,
    String fingerprint,
    String detail) {

  static TimelineEntryJson of(TimelineEntryView v) {
    return new TimelineEntryJson(
        v.eventId(),
        v.occurredAt(),
        v.type(),
        v.plugin(),
        v.result(),
        v.appVersion(),
        v.rows(),
        v.durationMs(),
        v.errorCode(),
        v.fingerprint(),
        v.detail());
  }
}

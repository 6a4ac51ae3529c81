package com.collector.portal.monitoring.boundary;

import java.time.Instant;

/**
 * One event of an installation's timeline: a session start or end, an extraction run, an
 * application error or an update result, with what the Collector said about it in a line.
 */
public record TimelineEntryView(
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
    String detail) {}

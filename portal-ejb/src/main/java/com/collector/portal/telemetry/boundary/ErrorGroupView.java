package com.collector.portal.telemetry.boundary;

import java.time.Instant;
import java.util.List;

/**
 * An error group as the reader's subtree saw it: occurrences, affected installations, first and
 * last seen, and the Collector versions it occurred on.
 */
public record ErrorGroupView(
    String fingerprint,
    String exceptionType,
    String topFrames,
    String sampleMessage,
    long occurrences,
    long installations,
    Instant firstSeenAt,
    Instant lastSeenAt,
    List<String> versions) {}

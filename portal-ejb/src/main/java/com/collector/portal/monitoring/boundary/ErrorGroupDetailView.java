package com.collector.portal.monitoring.boundary;

import java.time.Instant;

/**
 * An error group as the reader's subtree saw it: the exception, its normalized top frames, a sample
 * message, its occurrences there, on how many installations, first and last seen.
 */
public record ErrorGroupDetailView(
    String fingerprint,
    String exceptionType,
    String topFrames,
    String sampleMessage,
    long occurrences,
    long installations,
    Instant firstSeenAt,
    Instant lastSeenAt) {}

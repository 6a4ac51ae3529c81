package com.collector.portal.monitoring.boundary;

import java.time.Instant;

/**
 * An error group seen in the period in the narrowed subtree: its occurrences there and on how many
 * installations, and when it was last seen.
 */
public record TopErrorView(
    String fingerprint,
    String exceptionType,
    String sampleMessage,
    long occurrences,
    long installations,
    Instant lastSeenAt) {}

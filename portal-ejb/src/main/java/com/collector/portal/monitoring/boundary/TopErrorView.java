package com.collector.portal.monitoring.boundary;

import java.time.Instant;

/**
 * An error group that occurred during the period in the narrowed subtree: its occurrences there in
 * the period, on how many installations, and when it was last seen — all counted over the period
 * only, not over the group's whole life.
 */
public record TopErrorView(
    String fingerprint,
    String exceptionType,
    String sampleMessage,
    long occurrences,
    long installations,
    Instant lastSeenAt) {}

package com.collector.portal.monitoring.boundary;

import java.time.Instant;

/** An installation an error group occurred on: how often, on which version, first and last. */
public record AffectedInstallationView(
    long installationId,
    String name,
    String customerName,
    String appVersion,
    long occurrences,
    Instant firstSeenAt,
    Instant lastSeenAt) {}

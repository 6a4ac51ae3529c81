package com.collector.portal.monitoring.boundary;

import java.time.Instant;

/**
 * An installation whose last runs failed: how many in a row, the plugin and error code of its
 * latest failing plugin, when it last ran, last succeeded and was last heard of.
 */
public record FailingInstallationView(
    long installationId,
    String name,
    long customerId,
    String customerName,
    int consecutiveFailures,
    String lastErrorPlugin,
    String lastErrorCode,
    Instant lastRunAt,
    Instant lastSuccessAt,
    Instant lastSeenAt,
    String appVersion) {}

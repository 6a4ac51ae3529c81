package com.collector.portal.web.monitoring.rest;

import com.collector.portal.monitoring.boundary.FailingInstallationView;
import java.time.Instant;

/** An installation whose latest runs failed, as the API shows it. */
public record FailingInstallationJson(
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
    String appVersion) {

  static FailingInstallationJson of(FailingInstallationView v) {
    return new FailingInstallationJson(
        v.installationId(),
        v.name(),
        v.customerId(),
        v.customerName(),
        v.consecutiveFailures(),
        v.lastErrorPlugin(),
        v.lastErrorCode(),
        v.lastRunAt(),
        v.lastSuccessAt(),
        v.lastSeenAt(),
        v.appVersion());
  }
}

package com.collector.portal.web.monitoring.rest;

import com.collector.portal.monitoring.boundary.AffectedInstallationView;
import java.time.Instant;

/** An installation an error group occurred on. */
public record AffectedInstallationJson(
    long installationId,
    String name,
    String customerName,
    String appVersion,
    long occurrences,
    Instant firstSeenAt,
    Instant lastSeenAt) {

  static AffectedInstallationJson of(AffectedInstallationView v) {
    return new AffectedInstallationJson(
        v.installationId(),
        v.name(),
        v.customerName(),
        v.appVersion(),
        v.occurrences(),
        v.firstSeenAt(),
        v.lastSeenAt());
  }
}

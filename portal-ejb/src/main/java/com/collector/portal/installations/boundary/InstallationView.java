package com.collector.portal.installations.boundary;

import com.collector.portal.installations.entity.Installation;
import com.collector.portal.installations.entity.InstallationState;
import java.time.Instant;
import java.util.Map;

/**
 * An installation as pages and the API show it; never its code or credential.
 *
 * @param codeExpiresAt when the open enrollment code expires, null when none is open
 */
public record InstallationView(
    long id,
    long customerId,
    String customerName,
    String name,
    InstallationState state,
    String machineName,
    String os,
    String appVersion,
    Map<String, String> plugins,
    Instant createdAt,
    String createdBy,
    Instant codeExpiresAt,
    Instant enrolledAt,
    Instant lastContactAt,
    Instant retiredAt) {

  public static InstallationView of(Installation i) {
    return new InstallationView(
        i.id(),
        i.customer().id(),
        i.customer().name(),
        i.name(),
        i.state(),
        i.machineName(),
        i.os(),
        i.appVersion(),
        i.plugins(),
        i.createdAt(),
        i.createdBy(),
        i.codeExpiresAt(),
        i.enrolledAt(),
        i.lastContactAt(),
        i.retiredAt());
  }
}

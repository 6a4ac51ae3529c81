package com.collector.portal.subscriptions.boundary;

import com.collector.portal.subscriptions.entity.Feature;
import com.collector.portal.subscriptions.entity.Limit;
import com.collector.portal.subscriptions.entity.PlanEntitlements;
import java.util.List;
import java.util.OptionalInt;

/** Entitlements as the API shows them; an absent limit is unlimited. */
public record EntitlementsView(
    boolean scheduledExtractions,
    boolean configSync,
    boolean apiAccess,
    boolean prioritySupport,
    Integer maxInstallations,
    Integer maxUsers,
    Integer telemetryRetentionDays,
    List<String> allowedPlugins) {

  static EntitlementsView of(PlanEntitlements e) {
    return new EntitlementsView(
        e.allows(Feature.SCHEDULED_EXTRACTIONS),
        e.allows(Feature.CONFIG_SYNC),
        e.allows(Feature.API_ACCESS),
        e.allows(Feature.PRIORITY_SUPPORT),
        value(e.limit(Limit.MAX_INSTALLATIONS)),
        value(e.limit(Limit.MAX_USERS)),
        value(e.limit(Limit.TELEMETRY_RETENTION_DAYS)),
        e.allowedPlugins());
  }

  private static Integer value(OptionalInt limit) {
    return limit.isPresent() ? limit.getAsInt() : null;
  }
}

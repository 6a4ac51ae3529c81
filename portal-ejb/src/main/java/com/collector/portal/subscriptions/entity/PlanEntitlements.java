package com.collector.portal.subscriptions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What a plan version includes: typed features, limits (absent = unlimited) and the plugins its
 * customers may install. Immutable, like the version that holds it.
 */
@Embeddable
public class PlanEntitlements {

  @Column(name = "scheduled_extractions")
  private boolean scheduledExtractions;

  @Column(name = "config_sync")
  private boolean configSync;

  @Column(name = "api_access")
  private boolean apiAccess;

  @Column(name = "priority_support")
  private boolean prioritySupport;

  @Column(name = "max_installations")
  private Integer maxInstallations;

  @Column(name = "max_users")
  private Integer maxUsers;

  @Column(name = "telemetry_retention_days")
  private Integer telemetryRetentionDays;

  @Column(name = "allowed_plugins")
  @Convert(converter = PluginListConverter.class)
  private List<String> allowedPlugins;

  protected PlanEntitlements() {}

  public PlanEntitlements(
      boolean scheduledExtractions,
      boolean configSync,
      boolean apiAccess,
      boolean prioritySupport,
      Integer maxInstallations,
      Integer maxUsers,
      Integer telemetryRetentionDays,
      List<String> allowedPlugins) {
    this.scheduledExtractions = scheduledExtractions;
    this.configSync = configSync;
    this.apiAccess = apiAccess;
    this.prioritySupport = prioritySupport;
    this.maxInstallations = maxInstallations;
    this.maxUsers = maxUsers;
    this.telemetryRetentionDays = telemetryRetentionDays;
    this.allowedPlugins = allowedPlugins == null ? List.of() : List.copyOf(allowedPlugins);
  }

  /** Nothing included, nothing allowed: what an expired or terminated subscription grants. */
  public static PlanEntitlements none() {
    return new PlanEntitlements(false, false, false, false, 0, 0, 0, List.of());
  }

  public boolean allows(Feature feature) {
    return switch (feature) {
      case SCHEDULED_EXTRACTIONS -> scheduledExtractions;
      case CONFIG_SYNC -> configSync;
      case API_ACCESS -> apiAccess;
      case PRIORITY_SUPPORT -> prioritySupport;
    };
  }

  /** The cap of {@code limit}, empty when unlimited. */
  public OptionalInt limit(Limit limit) {
    Integer value =
        switch (limit) {
          case MAX_INSTALLATIONS -> maxInstallations;
          case MAX_USERS -> maxUsers;
          case TELEMETRY_RETENTION_DAYS -> telemetryRetentionDays;
        };
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  /** Whether these include everything {@code other} does: a change to them loses nothing. */
  public boolean covers(PlanEntitlements other) {
    for (Feature feature : Feature.values()) {
      if (other.allows(feature) && !allows(feature)) {
        return false;
      }
    }
    for (Limit limit : Limit.values()) {
      OptionalInt mine = limit(limit);
      OptionalInt theirs = other.limit(limit);
      if (mine.isPresent() && (theirs.isEmpty() || mine.getAsInt() < theirs.getAsInt())) {
        return false;
      }
    }
    return allowedPlugins().containsAll(other.allowedPlugins());
  }

  public boolean allowsPlugin(String pluginId) {
    return allowedPlugins().contains(pluginId);
  }

  public List<String> allowedPlugins() {
    return allowedPlugins == null ? List.of() : List.copyOf(allowedPlugins);
  }

  /** Features by API name. */
  public Map<String, Boolean> features() {
    Map<String, Boolean> features = new LinkedHashMap<>();
    for (Feature feature : Feature.values()) {
      features.put(feature.key(), allows(feature));
    }
    return features;
  }

  /** Limits by API name; null means unlimited. */
  public Map<String, Integer> limits() {
    Map<String, Integer> limits = new LinkedHashMap<>();
    for (Limit limit : Limit.values()) {
      OptionalInt value = limit(limit);
      limits.put(limit.key(), value.isPresent() ? value.getAsInt() : null);
    }
    return limits;
  }
}

package com.collector.portal.subscriptions.entity;

/** A quantity a plan caps. {@link #key()} is its name in the API and in refusals. */
public enum Limit {
  MAX_INSTALLATIONS("maxInstallations"),
  MAX_USERS("maxUsers"),
  TELEMETRY_RETENTION_DAYS("telemetryRetentionDays");

  private final String key;

  Limit(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}

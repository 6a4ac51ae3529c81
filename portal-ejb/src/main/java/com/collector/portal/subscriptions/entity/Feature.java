package com.collector.portal.subscriptions.entity;

/** A capability a plan includes or not. {@link #key()} is its name in the API and in refusals. */
public enum Feature {
  SCHEDULED_EXTRACTIONS("scheduledExtractions"),
  CONFIG_SYNC("configSync"),
  API_ACCESS("apiAccess"),
  PRIORITY_SUPPORT("prioritySupport");

  private final String key;

  Feature(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}

package com.collector.portal.distribution.control;

import java.util.Set;

/**
 * What the customer's subscription lets an installation receive.
 *
 * @param status {@code ok}, {@code grace} or {@code none}
 * @param reason why plugins are withheld ({@code grace}, {@code none}), null for {@code ok}
 * @param allowedPlugins plugin ids the plan allows; null when the customer is not governed by a
 *     subscription yet (every plugin is allowed, as {@code Entitlements} decides elsewhere)
 */
public record Access(String status, String reason, Set<String> allowedPlugins) {

  public static final String OK = "ok";
  public static final String GRACE = "grace";
  public static final String NONE = "none";

  public Access {
    allowedPlugins = allowedPlugins == null ? null : Set.copyOf(allowedPlugins);
  }

  /** Whether the plan allows {@code pluginId}. */
  public boolean allows(String pluginId) {
    return allowedPlugins == null || allowedPlugins.contains(pluginId);
  }
}

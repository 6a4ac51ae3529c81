package com.collector.portal.monitoring.boundary;

import java.util.List;

/**
 * The Collector versions in use (installations not retired, heard of during the period), most used
 * first, and the plugin versions they run.
 */
public record VersionsView(List<AppVersion> app, List<PluginVersion> plugins) {

  /** One Collector version and how many installations run it. */
  public record AppVersion(String version, long installations) {}

  /** One plugin version and how many installations run it. */
  public record PluginVersion(String plugin, String version, long installations) {}
}

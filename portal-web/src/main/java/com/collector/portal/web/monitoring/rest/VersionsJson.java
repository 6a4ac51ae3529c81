package com.collector.portal.web.monitoring.rest;

import com.collector.portal.monitoring.boundary.VersionsView;
import java.util.List;

/** Collector and plugin versions in use, with how many installations run each. */
public record VersionsJson(List<AppVersionJson> app, List<PluginVersionJson> plugins) {

  /** A Collector version. */
  public record AppVersionJson(String version, long installations) {}

  /** A plugin version. */
  public record PluginVersionJson(String plugin, String version, long installations) {}

  static VersionsJson of(VersionsView view) {
    return new VersionsJson(
        view.app().stream().map(a -> new AppVersionJson(a.version(), a.installations())).toList(),
        view.plugins().stream()
            .map(p -> new PluginVersionJson(p.plugin(), p.version(), p.installations()))
            .toList());
  }
}

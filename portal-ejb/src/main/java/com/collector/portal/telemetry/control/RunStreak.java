package com.collector.portal.telemetry.control;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Counting failed runs in a row, and the plugin list as health shows it. */
final class RunStreak {

  private RunStreak() {}

  /**
   * The failures in a row after {@code runs} (in the order they happened) follow {@code before}.
   */
  static int after(int before, List<TelemetryEvent> runs) {
    int failures = before;
    for (TelemetryEvent run : runs) {
      failures = run.isFailedRun() ? failures + 1 : 0;
    }
    return failures;
  }

  static String pluginList(Map<String, String> plugins) {
    if (plugins == null || plugins.isEmpty()) {
      return null;
    }
    return new TreeMap<>(plugins)
        .entrySet().stream()
            .map(p -> p.getKey() + " " + p.getValue())
            .collect(Collectors.joining(", "));
  }
}

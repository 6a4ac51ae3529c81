package com.collector.portal.launcher;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server settings of the embedded PostgreSQL: the portal's defaults, then the operator's {@code
 * portal.embedded-db.settings} ({@code name=value} pairs separated by commas) over them.
 */
final class EmbeddedDatabaseSettings {

  private EmbeddedDatabaseSettings() {}

  /**
   * The portal's defaults:
   *
   * <ul>
   *   <li>{@code synchronous_commit=on}: the embedding library turns it off (it is made for tests),
   *       and then a commit, an acknowledged telemetry batch included, could be lost in a crash of
   *       the machine or of PostgreSQL;
   *   <li>{@code max_wal_size=4GB}: with PostgreSQL's 1 GB, sustained telemetry forced a checkpoint
   *       every few hundred thousand events, each followed by full-page images in the WAL;
   * </ul>
   */
  static Map<String, String> of(String overrides) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("synchronous_commit", "on");
    settings.put("max_wal_size", "4GB");
    for (String pair : overrides.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int equals = pair.indexOf('=');
      if (equals <= 0 || pair.substring(0, equals).isBlank()) {
        throw new IllegalArgumentException(
            "portal.embedded-db.settings: \"" + pair.trim() + "\" is not name=value");
      }
      settings.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
    }
    return settings;
  }
}

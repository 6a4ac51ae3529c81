package com.collector.portal.installrequests.control;

import java.util.Map;

/**
 * What the wizard asks per plugin, by the kind of source system it reads: a database on the
 * customer's network needs its server; a cloud service needs the companies to read and no server.
 * Plugins the portal does not know yet are asked both, neither required.
 */
public final class PluginKinds {

  /** The kinds of source systems. */
  public enum Kind {
    DATABASE,
    CLOUD,
    OTHER
  }

  private static final Map<String, Kind> KNOWN =
      Map.of(
          "sql-server", Kind.DATABASE,
          "odbc", Kind.DATABASE,
          "exact-online", Kind.CLOUD);

  private PluginKinds() {}

  public static Kind of(String pluginId) {
    return pluginId == null ? Kind.OTHER : KNOWN.getOrDefault(pluginId, Kind.OTHER);
  }
}

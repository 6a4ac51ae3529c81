package com.collector.portal.distribution.boundary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a Collector reports in an update check.
 *
 * @param appVersion the installed Collector app version (four parts)
 * @param channel the channel it follows; null or blank means {@code stable}
 * @param plugins installed plugin versions by plugin id
 */
public record UpdateQuery(String appVersion, String channel, Map<String, String> plugins) {

  public UpdateQuery {
    plugins =
        plugins == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(plugins));
  }
}

package com.collector.portal.installations.entity;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a Collector tells about its machine when it enrolls.
 *
 * @param plugins plugin id → installed version
 */
public record MachineFacts(
    String machineName, String os, String appVersion, Map<String, String> plugins) {

  public MachineFacts {
    plugins = plugins == null ? Map.of() : Map.copyOf(new TreeMap<>(plugins));
  }
}

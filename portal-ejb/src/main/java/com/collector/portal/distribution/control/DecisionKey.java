package com.collector.portal.distribution.control;

import java.util.Map;

/**
 * Everything a signed decision depends on: equal keys may share the same signed bytes.
 *
 * @param installedPlugins installed plugin ids and versions as reported (build metadata included)
 */
public record DecisionKey(
    long installationId,
    long decisionVersion,
    String releaseFingerprint,
    String appVersion,
    String channel,
    Map<String, String> installedPlugins,
    Access access,
    String keyId) {

  public DecisionKey {
    installedPlugins = Map.copyOf(installedPlugins);
  }
}

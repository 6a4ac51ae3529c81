package com.collector.portal.distribution.boundary;

import java.util.List;

/**
 * What a channel's ClickOnce clients get: all of them, and those in the rings of a partial rollout.
 *
 * @param channel the channel name
 * @param currentVersion the release its deployment manifest installs
 * @param minimumRequiredVersion the {@code minimumRequiredVersion}, null when updates are optional
 * @param manifestUrl the deployment manifest's URL, its {@code deploymentProvider codebase}
 * @param sha256 hex SHA-256 of the signed deployment manifest served now
 * @param certificateSubject the subject of the signing certificate
 * @param certificateThumbprint hex SHA-1 of that certificate, as Windows shows it
 * @param publicKeyToken the manifest's {@code publicKeyToken}, derived from the key
 * @param rollouts the channel's own releases in a partial rollout, highest first; served only in
 *     the rings they reach. The fields above are null when no release is served to everyone yet.
 */
public record ClickOnceChannelView(
    String channel,
    String currentVersion,
    String minimumRequiredVersion,
    String manifestUrl,
    String sha256,
    String certificateSubject,
    String certificateThumbprint,
    String publicKeyToken,
    List<ClickOnceRolloutView> rollouts) {

  public ClickOnceChannelView {
    rollouts = List.copyOf(rollouts);
  }
}

package com.collector.portal.distribution.boundary;

/**
 * What a channel's ClickOnce clients get.
 *
 * @param channel the channel name
 * @param currentVersion the release its deployment manifest installs
 * @param minimumRequiredVersion the {@code minimumRequiredVersion}, null when updates are optional
 * @param manifestUrl the deployment manifest's URL, its {@code deploymentProvider codebase}
 * @param sha256 hex SHA-256 of the signed deployment manifest served now
 * @param certificateSubject the subject of the signing certificate
 * @param certificateThumbprint hex SHA-1 of that certificate, as Windows shows it
 * @param publicKeyToken the manifest's {@code publicKeyToken}, derived from the key
 */
public record ClickOnceChannelView(
    String channel,
    String currentVersion,
    String minimumRequiredVersion,
    String manifestUrl,
    String sha256,
    String certificateSubject,
    String certificateThumbprint,
    String publicKeyToken) {}

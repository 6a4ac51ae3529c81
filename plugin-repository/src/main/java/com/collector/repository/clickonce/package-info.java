/**
 * ClickOnce publishes of the Collector desktop application: {@link
 * com.collector.repository.clickonce.ClickOncePublishIngest} checks an uploaded publish zip
 * (deployment manifest, application manifest, payload with sizes and digests, versions) and
 * extracts it; {@link com.collector.repository.clickonce.DeploymentManifestRewriter} derives a
 * channel's unsigned deployment manifest from it. Signing lives in {@code clickonce.signing}.
 */
package com.collector.repository.clickonce;

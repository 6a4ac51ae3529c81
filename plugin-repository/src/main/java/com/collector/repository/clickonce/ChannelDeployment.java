package com.collector.repository.clickonce;

import com.collector.repository.versions.AppVersion;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * What makes a publish's deployment manifest the one of a channel.
 *
 * @param providerCodebase where clients look for updates, the channel's own {@code .application}
 *     URL ({@code https://portal.example/clickonce/stable/Collector.application}); absolute http(s)
 * @param minimumRequiredVersion clients below it must update before starting; {@code null} removes
 *     the attribute (updates stay optional)
 * @param applicationManifest the bytes of the application manifest as it will be served (signed),
 *     whose size and SHA-256 the deployment manifest must declare
 * @param applicationManifestCodebase a new relative path of the application manifest, such as
 *     {@code Application Files\Collector_1_2_3_4\Collector.exe.manifest}; {@code null} keeps it
 */
public record ChannelDeployment(
    URI providerCodebase,
    AppVersion minimumRequiredVersion,
    byte[] applicationManifest,
    String applicationManifestCodebase) {

  public ChannelDeployment {
    Objects.requireNonNull(providerCodebase, "providerCodebase");
    String scheme = providerCodebase.getScheme();
    if (!providerCodebase.isAbsolute()
        || !("https".equals(scheme.toLowerCase(Locale.ROOT))
            || "http".equals(scheme.toLowerCase(Locale.ROOT)))) {
      throw new IllegalArgumentException("providerCodebase must be an absolute http(s) URL");
    }
    applicationManifest =
        Objects.requireNonNull(applicationManifest, "applicationManifest").clone();
    if (applicationManifestCodebase != null) {
      try {
        ManifestPaths.entryName("", applicationManifestCodebase, "", "applicationManifestCodebase");
      } catch (PublishRefusedException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
  }

  @Override
  public byte[] applicationManifest() {
    return applicationManifest.clone();
  }
}

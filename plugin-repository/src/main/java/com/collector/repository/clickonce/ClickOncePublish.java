package com.collector.repository.clickonce;

import com.collector.repository.versions.AppVersion;
import java.nio.file.Path;
import java.util.List;

/**
 * A ClickOnce publish that passed ingestion, extracted to {@link #directory()}.
 *
 * @param deploymentManifest the {@code *.application} at the root of the zip
 * @param applicationManifest the manifest it points to (size and hash checked)
 * @param payload every file the application manifest lists, in its order, each checked
 * @param otherEntries files of the zip that neither manifest refers to (such as {@code setup.exe}
 *     or the copy of the deployment manifest in the version folder), extracted as well
 * @param directory where the zip was extracted, as a plain tree mirroring the zip's entry names
 */
public record ClickOncePublish(
    DeploymentManifest deploymentManifest,
    ApplicationManifest applicationManifest,
    List<PayloadFile> payload,
    List<String> otherEntries,
    Path directory) {

  public ClickOncePublish {
    payload = List.copyOf(payload);
    otherEntries = List.copyOf(otherEntries);
  }

  /** The release version, on which both manifests and the expected version agreed. */
  public AppVersion version() {
    return AppVersion.parse(deploymentManifest.identity().version());
  }
}

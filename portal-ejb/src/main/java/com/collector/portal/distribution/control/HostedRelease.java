package com.collector.portal.distribution.control;

import com.collector.portal.distribution.entity.HostedFileRole;
import com.collector.portal.distribution.entity.ReleaseFile;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A published app release and the ClickOnce files it hosts.
 *
 * @param release id, version, channel, whether mandatory
 * @param files its files by path
 */
public record HostedRelease(ClickOnceCatalog.AppRelease release, Files files) {

  /** A stored file: its path in the publish, blob name and size. */
  public record File(String path, String sha256, long size) {}

  /**
   * A release's files.
   *
   * @param byPath every file served as uploaded, by its {@code /}-separated path: all but the
   *     deployment manifests
   * @param deploymentManifest the {@code *.application} at the root; null for a release uploaded
   *     before ClickOnce publishes were checked (it hosts nothing)
   * @param applicationManifest the application manifest it installs
   */
  public record Files(Map<String, File> byPath, File deploymentManifest, File applicationManifest) {

    static Files of(List<ReleaseFile> rows) {
      Map<String, File> byPath = new HashMap<>();
      File deployment = null;
      File application = null;
      for (ReleaseFile row : rows) {
        File file = new File(row.path(), row.sha256(), row.size());
        if (!isDeploymentManifest(row)) {
          byPath.put(row.path(), file);
        }
        if (row.role() == HostedFileRole.DEPLOYMENT_MANIFEST) {
          deployment = file;
        } else if (row.role() == HostedFileRole.APPLICATION_MANIFEST) {
          application = file;
        }
      }
      return new Files(Map.copyOf(byPath), deployment, application);
    }

    /**
     * Why: only the channel's rewritten, signed manifest may be served; an uploaded one (the root's
     * of an older release, Visual Studio's copy in the version folder) is unsigned and points away.
     */
    private static boolean isDeploymentManifest(ReleaseFile row) {
      return row.role() == HostedFileRole.DEPLOYMENT_MANIFEST
          || row.path().toLowerCase(Locale.ROOT).endsWith(".application");
    }
  }
}

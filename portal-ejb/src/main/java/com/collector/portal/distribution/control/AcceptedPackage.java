package com.collector.portal.distribution.control;

import com.collector.repository.versions.AppVersion;
import com.collector.repository.versions.VersionRange;
import java.util.List;

/**
 * A package validated and stored under its SHA-256.
 *
 * @param sha256 its blob name
 * @param size bytes
 * @param appVersions for a plugin, the Collector app range its manifest declares; open otherwise
 * @param files for the app, the ClickOnce files of the publish, each stored as a blob; empty for
 *     plugins
 */
public record AcceptedPackage(
    String sha256, long size, VersionRange<AppVersion> appVersions, List<HostedFile> files) {

  public AcceptedPackage {
    files = List.copyOf(files);
  }
}

package com.collector.portal.distribution.control;

import com.collector.repository.versions.AppVersion;
import com.collector.repository.versions.VersionRange;

/**
 * A package validated and stored under its SHA-256.
 *
 * @param sha256 its blob name
 * @param size bytes
 * @param appVersions for a plugin, the Collector app range its manifest declares; open otherwise
 * @param newlyStored whether this upload put the blob there (an earlier identical one may have)
 */
public record AcceptedPackage(
    String sha256, long size, VersionRange<AppVersion> appVersions, boolean newlyStored) {}

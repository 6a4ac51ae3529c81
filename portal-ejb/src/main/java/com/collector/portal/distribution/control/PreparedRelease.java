package com.collector.portal.distribution.control;

import com.collector.portal.distribution.entity.ProductKind;
import com.collector.portal.distribution.entity.ReleaseVersion;
import com.collector.portal.identity.entity.Language;
import com.collector.repository.versions.AppVersion;
import java.util.Map;

/**
 * Release metadata that passed every check that needs no package: the caller may publish, the
 * product exists, the version is well-formed and not taken yet.
 *
 * @param minAppVersion given by the uploader, null to take the manifest's
 * @param maxAppVersion given by the uploader, null to take the manifest's
 */
public record PreparedRelease(
    long productId,
    String productCode,
    ProductKind kind,
    ReleaseVersion version,
    String channel,
    boolean mandatory,
    int rollout,
    Map<Language, String> notes,
    AppVersion minAppVersion,
    AppVersion maxAppVersion) {}

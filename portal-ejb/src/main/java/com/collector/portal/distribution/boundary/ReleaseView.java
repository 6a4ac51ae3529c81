package com.collector.portal.distribution.boundary;

import com.collector.portal.distribution.entity.ProductKind;
import com.collector.portal.distribution.entity.Release;
import com.collector.portal.distribution.entity.ReleaseState;
import com.collector.portal.distribution.entity.SignedPackage;
import com.collector.portal.identity.entity.Language;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A release with its package: {@code signature} is RS256 by key {@code keyId} over the 32 bytes of
 * the package's SHA-256, base64url without padding.
 */
public record ReleaseView(
    long id,
    long productId,
    String product,
    ProductKind kind,
    String version,
    String channel,
    Map<String, String> notes,
    String minAppVersion,
    String maxAppVersion,
    boolean mandatory,
    int rolloutPercent,
    ReleaseState state,
    String sha256,
    long size,
    String signature,
    String keyId,
    String signatureAlgorithm,
    String createdBy,
    Instant createdAt,
    String publishedBy,
    Instant publishedAt,
    String revokedBy,
    Instant revokedAt) {

  public static ReleaseView of(Release release) {
    Map<String, String> notes = new LinkedHashMap<>();
    for (Language language : Language.values()) {
      notes.put(language.name(), release.notes(language));
    }
    SignedPackage pkg = release.signedPackage();
    return new ReleaseView(
        release.id(),
        release.product().id(),
        release.product().code(),
        release.product().kind(),
        release.version(),
        release.channel(),
        notes,
        release.minAppVersion(),
        release.maxAppVersion(),
        release.mandatory(),
        release.rolloutPercent(),
        release.state(),
        pkg.sha256(),
        pkg.size(),
        pkg.signature(),
        pkg.keyId(),
        pkg.algorithm(),
        release.createdBy(),
        release.createdAt(),
        release.publishedBy(),
        release.publishedAt(),
        release.revokedBy(),
        release.revokedAt());
  }
}

package com.collector.portal.distribution.control;

import com.collector.portal.distribution.entity.ProductKind;
import com.collector.portal.distribution.entity.Release;
import com.collector.portal.distribution.entity.ReleaseState;
import com.collector.portal.distribution.entity.SignedPackage;

/**
 * A release as the update policy sees it: plain values, no entity.
 *
 * @param product product code (the plugin id, or {@code collector} for the app)
 * @param app whether the release ships the Collector application
 * @param version canonical version text
 * @param channel release channel
 * @param minAppVersion lowest compatible app version, null when open
 * @param maxAppVersion highest compatible app version, null when open
 * @param mandatory whether installations must take it
 * @param rolloutPercent 0..100
 * @param state lifecycle state
 * @param rolloutKey the key for {@code Rollout.includes}
 * @param signedPackage the package, its digest and signature
 */
public record Offer(
    String product,
    boolean app,
    String version,
    String channel,
    String minAppVersion,
    String maxAppVersion,
    boolean mandatory,
    int rolloutPercent,
    ReleaseState state,
    String rolloutKey,
    SignedPackage signedPackage) {

  /** The offer of {@code release}. */
  public static Offer of(Release release) {
    return new Offer(
        release.product().code(),
        release.product().kind() == ProductKind.APP,
        release.version(),
        release.channel(),
        release.minAppVersion(),
        release.maxAppVersion(),
        release.mandatory(),
        release.rolloutPercent(),
        release.state(),
        release.rolloutKey(),
        release.signedPackage());
  }
}

package com.collector.portal.distribution.control;

import com.collector.portal.distribution.entity.Release;

/**
 * A published or revoked release as the update check keeps it in memory.
 *
 * @param id the release's id
 * @param ownerPath the vendor's path: the release is offered in that subtree only
 * @param setVersion the number its latest change drew from the release set's sequence
 * @param offer what the update policy sees of it
 */
public record ListedRelease(long id, String ownerPath, long setVersion, Offer offer) {

  static ListedRelease of(Release release) {
    return new ListedRelease(
        release.id(), release.ownerPath(), release.setVersion(), Offer.of(release));
  }
}

package com.collector.portal.distribution.control;

import java.util.List;

/**
 * The releases offered in one vendor's subtree, with what decisions depend on computed once per
 * load rather than per check.
 *
 * @param releases published and revoked releases, by id
 * @param decisionVersion the number the latest change drew from the release set's sequence
 * @param fingerprint ids, states and rollouts, so two changes committed out of order still differ
 */
public record OfferedReleases(
    List<ListedRelease> releases, long decisionVersion, String fingerprint) {

  static OfferedReleases of(List<ListedRelease> releases) {
    StringBuilder text = new StringBuilder();
    for (ListedRelease release : releases) {
      text.append(release.id())
          .append(release.offer().state().name().charAt(0))
          .append(release.offer().rolloutPercent())
          .append(';');
    }
    return new OfferedReleases(
        List.copyOf(releases),
        releases.stream().mapToLong(ListedRelease::setVersion).max().orElse(0L),
        DecisionWriter.hash(text.toString()));
  }
}

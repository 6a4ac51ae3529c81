package com.collector.portal.distribution.control;

import com.collector.repository.versions.AppVersion;
import java.util.List;
import java.util.Optional;

/**
 * The published, hosted app releases a channel sees (its own and {@code stable}'s) in one ring
 * (null: the plain channel, releases rolled out to everyone), highest version first.
 */
public record ChannelReleases(String channel, Integer ring, List<HostedRelease> visible) {

  public ChannelReleases {
    visible = List.copyOf(visible);
  }

  /** The plain channel's. */
  public ChannelReleases(String channel, List<HostedRelease> visible) {
    this(channel, null, visible);
  }

  /**
   * Where it is hosted under {@code /clickonce/}: {@code <channel>} or {@code <channel>/ring/<r>}.
   */
  public String path() {
    return ring == null ? channel : channel + "/ring/" + ring;
  }

  /** The release the channel's deployment manifest installs: the highest. */
  public Optional<HostedRelease> current() {
    return visible.stream().findFirst();
  }

  /**
   * The {@code minimumRequiredVersion}: the highest mandatory release at or below the current one;
   * empty when there is none (updates stay optional).
   */
  public Optional<AppVersion> minimumRequiredVersion() {
    return visible.stream()
        .filter(r -> r.release().mandatory())
        .map(r -> r.release().version())
        .findFirst();
  }

  /** The file at {@code path} of the highest visible release that has one. */
  public Optional<HostedRelease.File> file(String path) {
    return visible.stream()
        .map(r -> r.files().byPath().get(path))
        .filter(f -> f != null)
        .findFirst();
  }
}

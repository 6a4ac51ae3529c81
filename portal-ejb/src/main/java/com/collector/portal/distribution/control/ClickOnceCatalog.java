package com.collector.portal.distribution.control;

import com.collector.portal.distribution.entity.ReleaseFile;
import com.collector.portal.distribution.entity.ReleaseState;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.repository.versions.AppVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Collector app releases ClickOnce clients may get, per channel: a channel sees its own
 * published app releases and {@code stable}'s (as the update check does). Derived from the {@link
 * ReleaseSet} the update check keeps, so both see a publication or revocation together. A release's
 * files never change, so they are kept for good once read.
 */
@ApplicationScoped
public class ClickOnceCatalog {

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject ReleaseSet releaseSet;
  @Inject Clock clock;

  private final Map<Long, HostedRelease.Files> files = new ConcurrentHashMap<>();

  /** The published app releases and every channel any release was offered in. */
  record Snapshot(List<AppRelease> published, Set<String> channels) {}

  /** A published app release, without its files. */
  public record AppRelease(long id, AppVersion version, String channel, boolean mandatory) {}

  /**
   * What {@code channel} serves, empty when it is no channel: neither {@code stable} nor the
   * channel of any published or revoked release.
   */
  public Optional<ChannelReleases> channel(String channel) {
    Snapshot snapshot = snapshot();
    if (!UpdatePolicy.STABLE.equals(channel) && !snapshot.channels().contains(channel)) {
      return Optional.empty();
    }
    List<HostedRelease> visible = new ArrayList<>();
    for (AppRelease release : snapshot.published()) {
      if (release.channel().equals(channel) || release.channel().equals(UpdatePolicy.STABLE)) {
        HostedRelease.Files hosted = filesOf(release.id());
        if (hosted.deploymentManifest() != null) {
          visible.add(new HostedRelease(release, hosted));
        }
      }
    }
    visible.sort(Comparator.comparing((HostedRelease r) -> r.release().version()).reversed());
    return Optional.of(new ChannelReleases(channel, visible));
  }

  /** The channels that have published app releases of their own, in name order. */
  public List<String> appChannels() {
    Set<String> names = new TreeSet<>();
    snapshot().published().forEach(release -> names.add(release.channel()));
    return List.copyOf(names);
  }

  private Snapshot snapshot() {
    List<AppRelease> published = new ArrayList<>();
    Set<String> channels = new TreeSet<>();
    for (ListedRelease listed : releaseSet.all(clock.instant())) {
      Offer offer = listed.offer();
      channels.add(offer.channel());
      // A channel's manifest reaches every ClickOnce client of it: an app release at a partial
      // rollout is not served there until it is rolled out to everyone.
      if (offer.state() == ReleaseState.PUBLISHED && offer.app() && offer.rolloutPercent() == 100) {
        published.add(
            new AppRelease(
                listed.id(),
                AppVersion.parse(offer.version()),
                offer.channel(),
                offer.mandatory()));
      }
    }
    return new Snapshot(List.copyOf(published), Set.copyOf(channels));
  }

  private HostedRelease.Files filesOf(long releaseId) {
    HostedRelease.Files known = files.get(releaseId);
    if (known != null) {
      return known;
    }
    List<ReleaseFile> rows =
        current.runAs(
            TenantScope.system("clickonce"),
            () ->
                store.list(
                    ReleaseFile.class, "e.releaseId = :id", Map.of("id", releaseId), "e.path"));
    HostedRelease.Files loaded = HostedRelease.Files.of(rows);
    files.put(releaseId, loaded);
    return loaded;
  }
}

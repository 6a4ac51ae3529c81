package com.collector.portal.distribution.control;

import com.collector.portal.distribution.entity.ReleaseFile;
import com.collector.portal.distribution.entity.ReleaseState;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.repository.rollout.Rollout;
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
 * The Collector app releases ClickOnce clients may get, per channel and ring: a channel sees its
 * own published app releases and {@code stable}'s (as the update check does); its plain manifest
 * only those rolled out to 100 %, the manifest of ring {@code r} also those whose rollout admits
 * {@code r} ({@code Rollout.admits}, the update check's rule for the app). Derived from the {@link
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

  /**
   * A published app release, without its files.
   *
   * @param rolloutPercent 0..100: which rings get it
   */
  public record AppRelease(
      long id, AppVersion version, String channel, boolean mandatory, int rolloutPercent) {

    /** A release rolled out to everyone. */
    public AppRelease(long id, AppVersion version, String channel, boolean mandatory) {
      this(id, version, channel, mandatory, 100);
    }

    /**
     * Whether ClickOnce clients of {@code ring} get it: a ring as the update check's rollout rule
     * admits it; the plain channel (null ring) reaches every client, so only at 100 %.
     */
    public boolean reaches(Integer ring) {
      return ring == null ? rolloutPercent == 100 : Rollout.admits(ring, rolloutPercent);
    }
  }

  /**
   * What {@code channel} serves to every client (releases rolled out to 100 %), empty when it is no
   * channel: neither {@code stable} nor the channel of any published or revoked release.
   */
  public Optional<ChannelReleases> channel(String channel) {
    return channel(channel, null);
  }

  /**
   * What {@code channel} serves in {@code ring} (0..99; null: the plain channel, 100 % releases
   * only), empty when it is no channel.
   */
  public Optional<ChannelReleases> channel(String channel, Integer ring) {
    Snapshot snapshot = snapshot();
    if (!UpdatePolicy.STABLE.equals(channel) && !snapshot.channels().contains(channel)) {
      return Optional.empty();
    }
    List<HostedRelease> visible = new ArrayList<>();
    for (AppRelease release : visible(snapshot.published(), channel, ring)) {
      HostedRelease.Files hosted = filesOf(release.id());
      if (hosted.deploymentManifest() != null) {
        visible.add(new HostedRelease(release, hosted));
      }
    }
    return Optional.of(new ChannelReleases(channel, ring, visible));
  }

  /**
   * The releases of {@code published} that {@code channel}'s clients in {@code ring} get, highest
   * first: the channel's own and {@code stable}'s that reach the ring.
   */
  static List<AppRelease> visible(List<AppRelease> published, String channel, Integer ring) {
    return published.stream()
        .filter(r -> r.channel().equals(channel) || r.channel().equals(UpdatePolicy.STABLE))
        .filter(r -> r.reaches(ring))
        .sorted(Comparator.comparing(AppRelease::version).reversed())
        .toList();
  }

  /**
   * The published app releases of {@code channel}'s own still in a partial rollout, highest first.
   */
  public List<AppRelease> inRollout(String channel) {
    return snapshot().published().stream()
        .filter(r -> r.channel().equals(channel) && r.rolloutPercent() < 100)
        .sorted(Comparator.comparing(AppRelease::version).reversed())
        .toList();
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
      if (offer.state() == ReleaseState.PUBLISHED && offer.app()) {
        published.add(
            new AppRelease(
                listed.id(),
                AppVersion.parse(offer.version()),
                offer.channel(),
                offer.mandatory(),
                offer.rolloutPercent()));
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

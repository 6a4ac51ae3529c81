package com.collector.portal.distribution.control;

import com.collector.portal.distribution.entity.ProductKind;
import com.collector.portal.distribution.entity.Release;
import com.collector.portal.distribution.entity.ReleaseFile;
import com.collector.portal.distribution.entity.ReleaseState;
import com.collector.portal.platform.control.DataChanges;
import com.collector.portal.platform.control.ExpiringCache;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.repository.versions.AppVersion;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Collector app releases ClickOnce clients may get, per channel: a channel sees its own
 * published app releases and {@code stable}'s (as the update check does). Read once and kept; a
 * publication or revocation on this instance is seen at once, one on another instance within {@code
 * portal.update.release-set-seconds}. A release's files never change, so they are kept for good
 * once read.
 */
@ApplicationScoped
public class ClickOnceCatalog {

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject DataChanges changes;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.update.release-set-seconds", defaultValue = "5")
  int seconds;

  private ExpiringCache<Boolean, Snapshot> kept;
  private final Map<Long, HostedRelease.Files> files = new ConcurrentHashMap<>();

  /** The published app releases and every channel any release was offered in. */
  record Snapshot(List<AppRelease> published, Set<String> channels) {}

  /** A published app release, without its files. */
  record AppRelease(long id, AppVersion version, String channel, boolean mandatory) {}

  @PostConstruct
  void open() {
    kept =
        new ExpiringCache<>(
            1, Duration.ofSeconds(Math.max(0, seconds)), () -> changes.version(Release.class));
  }

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
    return kept.get(Boolean.TRUE, clock.instant(), this::load);
  }

  private Snapshot load() {
    return current.runAs(
        TenantScope.system("clickonce"),
        () -> {
          List<AppRelease> published = new ArrayList<>();
          Set<String> channels = new TreeSet<>();
          for (Release release :
              store.list(
                  Release.class,
                  "e.state IN :states",
                  Map.of("states", EnumSet.of(ReleaseState.PUBLISHED, ReleaseState.REVOKED)),
                  "e.id")) {
            channels.add(release.channel());
            // A channel's manifest reaches every ClickOnce client of it: an app release at a
            // partial rollout is not served there until it is rolled out to everyone.
            if (release.state() == ReleaseState.PUBLISHED
                && release.product().kind() == ProductKind.APP
                && release.rolloutPercent() == 100) {
              published.add(
                  new AppRelease(
                      release.id(),
                      AppVersion.parse(release.version()),
                      release.channel(),
                      release.mandatory()));
            }
          }
          return new Snapshot(List.copyOf(published), Set.copyOf(channels));
        });
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

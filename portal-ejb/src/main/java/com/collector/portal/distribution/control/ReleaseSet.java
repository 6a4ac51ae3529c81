package com.collector.portal.distribution.control;

import com.collector.portal.distribution.entity.Release;
import com.collector.portal.distribution.entity.ReleaseState;
import com.collector.portal.platform.control.DataChanges;
import com.collector.portal.platform.control.ExpiringCache;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The published and revoked releases, read once and kept: every update check needs all of them. A
 * publication, revocation or rollout change on this instance is seen at once (see {@link
 * DataChanges}); one on another instance within {@code portal.update.release-set-seconds}.
 */
@ApplicationScoped
public class ReleaseSet {

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject DataChanges changes;

  @Inject
  @ConfigProperty(name = "portal.update.release-set-seconds", defaultValue = "5")
  int seconds;

  private ExpiringCache<Boolean, Map<String, OfferedReleases>> kept;

  @PostConstruct
  void open() {
    kept =
        new ExpiringCache<>(
            1, Duration.ofSeconds(Math.max(0, seconds)), () -> changes.version(Release.class));
  }

  /** The releases offered in the subtree at {@code path}: those of the vendor above it. */
  public OfferedReleases offeredAt(String path, Instant now) {
    List<OfferedReleases> above =
        kept.get(Boolean.TRUE, now, this::load).entrySet().stream()
            .filter(vendor -> path.startsWith(vendor.getKey()))
            .map(Map.Entry::getValue)
            .toList();
    if (above.size() == 1) {
      return above.get(0);
    }
    return OfferedReleases.of(
        above.stream()
            .flatMap(offered -> offered.releases().stream())
            .sorted(Comparator.comparingLong(ListedRelease::id))
            .toList());
  }

  /** Every published and revoked release, of every vendor, by id. */
  public List<ListedRelease> all(Instant now) {
    return kept.get(Boolean.TRUE, now, this::load).values().stream()
        .flatMap(offered -> offered.releases().stream())
        .sorted(Comparator.comparingLong(ListedRelease::id))
        .toList();
  }

  /** By the owning vendor's path. */
  private Map<String, OfferedReleases> load() {
    Map<String, List<ListedRelease>> byVendor = new HashMap<>();
    for (ListedRelease release : loadAll()) {
      byVendor.computeIfAbsent(release.ownerPath(), path -> new ArrayList<>()).add(release);
    }
    Map<String, OfferedReleases> offered = new HashMap<>();
    byVendor.forEach((path, releases) -> offered.put(path, OfferedReleases.of(releases)));
    return Map.copyOf(offered);
  }

  private List<ListedRelease> loadAll() {
    // Releases belong to the vendor, above every installation's subtree.
    return current.runAs(
        TenantScope.system("update-check"),
        () ->
            store
                .list(
                    Release.class,
                    "e.state IN :states",
                    Map.of("states", EnumSet.of(ReleaseState.PUBLISHED, ReleaseState.REVOKED)),
                    "e.id")
                .stream()
                .map(ListedRelease::of)
                .toList());
  }
}

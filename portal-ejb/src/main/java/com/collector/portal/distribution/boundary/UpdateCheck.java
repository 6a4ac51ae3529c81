package com.collector.portal.distribution.boundary;

import com.collector.portal.distribution.control.Access;
import com.collector.portal.distribution.control.DecisionCache;
import com.collector.portal.distribution.control.DecisionWriter;
import com.collector.portal.distribution.control.Offer;
import com.collector.portal.distribution.control.PackageSigning;
import com.collector.portal.distribution.control.PackageStorage;
import com.collector.portal.distribution.control.SignedDecision;
import com.collector.portal.distribution.control.UpdateDecision;
import com.collector.portal.distribution.control.UpdatePolicy;
import com.collector.portal.distribution.entity.Release;
import com.collector.portal.distribution.entity.ReleaseState;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.NotFoundException;
import com.collector.portal.subscriptions.control.Lifecycle;
import com.collector.portal.subscriptions.entity.Subscription;
import com.collector.portal.subscriptions.entity.SubscriptionState;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.repository.versions.AppVersion;
import com.collector.repository.versions.PluginVersion;
import com.collector.repository.versions.VersionFormatException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Collector's update check and plugin downloads, for installations only (a person's token is
 * refused with 403). Releases belong to the vendor, above the installation's subtree, so they are
 * read under a named system scope, filtered to the vendor whose subtree holds the installation.
 */
@Stateless
public class UpdateCheck {

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject Lifecycle lifecycle;
  @Inject PackageSigning signing;
  @Inject PackageStorage storage;
  @Inject DecisionCache cache;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.update.decision-hours", defaultValue = "24")
  int decisionHours;

  @Inject
  @ConfigProperty(name = "portal.update.app-url", defaultValue = "/clickonce/Collector.application")
  String appUrl;

  /** The signed decision for the calling installation. */
  public SignedDecision check(UpdateQuery query) {
    TenantScope scope = requireInstallation();
    AppVersion app = appVersion(query.appVersion());
    Map<String, PluginVersion> installed = pluginVersions(query.plugins());
    String channel = channel(query.channel());
    List<Release> releases = releasesFor(scope);
    long decisionVersion = decisionVersion(releases);
    Access access = access(scope.organizationId());
    String key =
        DecisionWriter.hash(
            String.join(
                "\n",
                String.valueOf(scope.installationId()),
                String.valueOf(decisionVersion),
                fingerprint(releases),
                app.toString(),
                channel,
                new TreeMap<>(installed).toString(),
                access.status(),
                access.allowedPlugins() == null
                    ? "*"
                    : new TreeSet<>(access.allowedPlugins()).toString(),
                signing.keyRing().current().keyId()));
    Instant now = clock.instant();
    return cache.get(
        key,
        now,
        () -> {
          List<Offer> offers = releases.stream().map(Offer::of).toList();
          UpdateDecision decision =
              new UpdatePolicy(offers)
                  .decide(scope.installationId(), app, channel, installed, access);
          return new DecisionWriter(signing.keyRing().current(), appUrl)
              .write(
                  decision,
                  scope.installationId(),
                  decisionVersion,
                  now,
                  now.plus(Duration.ofHours(Math.max(1, decisionHours))));
        });
  }

  /**
   * A published plugin release the calling installation's customer is entitled to; every other case
   * is 404, so a download reveals nothing about plugins the customer does not have.
   */
  public PluginDownload plugin(String id, String version) {
    TenantScope scope = requireInstallation();
    NotFoundException missing = new NotFoundException("Plugin", id + "/" + version);
    PluginVersion wanted;
    try {
      wanted = PluginVersion.parse(version);
    } catch (IllegalArgumentException e) {
      throw missing;
    }
    Access access = access(scope.organizationId());
    if (Access.NONE.equals(access.status()) || !access.allows(id)) {
      throw missing;
    }
    Release release =
        releasesFor(scope).stream()
            .filter(r -> r.state() == ReleaseState.PUBLISHED)
            .filter(r -> r.product().code().equals(id))
            .filter(r -> PluginVersion.parse(r.version()).compareTo(wanted) == 0)
            .findFirst()
            .orElseThrow(() -> missing);
    var pkg = release.signedPackage();
    return new PluginDownload(pkg.sha256(), pkg.size(), storage.blobs());
  }

  private TenantScope requireInstallation() {
    TenantScope scope = store.scope();
    if (!scope.isInstallation()) {
      throw new ForbiddenException("Only a Collector installation checks for updates");
    }
    return scope;
  }

  /** Published and revoked releases of the vendor above the installation's customer. */
  private List<Release> releasesFor(TenantScope scope) {
    List<Release> all =
        current.runAs(
            TenantScope.system("update-check"),
            () ->
                store.list(
                    Release.class,
                    "e.state IN :states",
                    Map.of("states", EnumSet.of(ReleaseState.PUBLISHED, ReleaseState.REVOKED)),
                    "e.id"));
    return all.stream().filter(r -> scope.path().startsWith(r.ownerPath())).toList();
  }

  /**
   * The release set's version: the number the latest change (publication, revocation, rollout
   * raise) drew from the database sequence; it never goes down, whichever instance answers.
   */
  static long decisionVersion(List<Release> releases) {
    return releases.stream().mapToLong(Release::setVersion).max().orElse(0L);
  }

  /**
   * What of the release set a decision depends on, so two changes committed out of order (the later
   * one with the earlier time) still make a new decision rather than a stale cache hit.
   */
  static String fingerprint(List<Release> releases) {
    StringBuilder text = new StringBuilder();
    for (Release release : releases) {
      text.append(release.id())
          .append(release.state().name().charAt(0))
          .append(release.rolloutPercent())
          .append(';');
    }
    return DecisionWriter.hash(text.toString());
  }

  private Access access(Long customerId) {
    return current.runAs(
        TenantScope.system("update-check"),
        () -> {
          Optional<Subscription> live = lifecycle.live(customerId);
          if (live.isEmpty()) {
            return lifecycle.everSubscribed(customerId)
                ? new Access(Access.NONE, "The customer has no valid subscription", Set.of())
                : new Access(Access.OK, null, null);
          }
          Subscription subscription = live.get();
          List<String> allowed = subscription.planVersion().entitlements().allowedPlugins();
          return subscription.state() == SubscriptionState.GRACE
              ? new Access(
                  Access.GRACE,
                  "The subscription is in its grace period: no new plugins until it is renewed",
                  Set.copyOf(allowed))
              : new Access(Access.OK, null, Set.copyOf(allowed));
        });
  }

  private static AppVersion appVersion(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("appVersion", "is required");
    }
    try {
      return AppVersion.parse(text.strip(), "appVersion");
    } catch (VersionFormatException e) {
      throw new InvalidInputException(e.field(), e.reason());
    }
  }

  private static Map<String, PluginVersion> pluginVersions(Map<String, String> plugins) {
    Map<String, PluginVersion> versions = new TreeMap<>();
    plugins.forEach(
        (id, text) -> {
          try {
            versions.put(id, PluginVersion.parse(text, "plugins." + id));
          } catch (VersionFormatException e) {
            throw new InvalidInputException(e.field(), e.reason());
          } catch (NullPointerException e) {
            throw new InvalidInputException("plugins." + id, "is required");
          }
        });
    return versions;
  }

  private static String channel(String channel) {
    if (channel == null || channel.isBlank()) {
      return UpdatePolicy.STABLE;
    }
    if (!Release.CHANNEL.matcher(channel).matches()) {
      throw new InvalidInputException("channel", "is not a channel name");
    }
    return channel;
  }
}

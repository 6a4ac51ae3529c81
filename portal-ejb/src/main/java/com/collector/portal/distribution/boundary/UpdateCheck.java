package com.collector.portal.distribution.boundary;

import com.collector.portal.distribution.control.Access;
import com.collector.portal.distribution.control.CustomerAccess;
import com.collector.portal.distribution.control.DecisionCache;
import com.collector.portal.distribution.control.DecisionKey;
import com.collector.portal.distribution.control.DecisionWriter;
import com.collector.portal.distribution.control.ListedRelease;
import com.collector.portal.distribution.control.Offer;
import com.collector.portal.distribution.control.OfferedReleases;
import com.collector.portal.distribution.control.PackageSigning;
import com.collector.portal.distribution.control.PackageStorage;
import com.collector.portal.distribution.control.ReleaseSet;
import com.collector.portal.distribution.control.SignedDecision;
import com.collector.portal.distribution.control.UpdateDecision;
import com.collector.portal.distribution.control.UpdatePolicy;
import com.collector.portal.distribution.entity.Product;
import com.collector.portal.distribution.entity.Release;
import com.collector.portal.distribution.entity.ReleaseState;
import com.collector.portal.installations.control.Contacts;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.NotFoundException;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.repository.rollout.Rollout;
import com.collector.repository.signing.Signer;
import com.collector.repository.versions.AppVersion;
import com.collector.repository.versions.PluginVersion;
import com.collector.repository.versions.VersionFormatException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Collector's update check and plugin downloads, for installations only (a person's token is
 * refused with 403). Releases belong to the vendor, above the installation's subtree, so they are
 * read under a named system scope, filtered to the vendor whose subtree holds the installation.
 *
 * <p>Not an EJB: every Collector asks at every start, and a check needs no transaction — it reads
 * what {@link ReleaseSet}, {@link CustomerAccess} and the scope keep in memory and answers signed
 * bytes already made; the rare contact note has a transaction of its own.
 */
@ApplicationScoped
public class UpdateCheck {

  private static final Logger LOG = Logger.getLogger(UpdateCheck.class.getName());
  private static final int PARSED_VERSIONS = 10_000;

  private final Map<String, PluginVersion> parsedVersions = new ConcurrentHashMap<>();

  @Inject Store store;
  @Inject ReleaseSet releaseSet;
  @Inject CustomerAccess customerAccess;
  @Inject Contacts contacts;
  @Inject PackageSigning signing;
  @Inject PackageStorage storage;
  @Inject DecisionCache cache;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.update.decision-hours", defaultValue = "24")
  int decisionHours;

  @Inject
  @ConfigProperty(
      name = "portal.update.app-url",
      defaultValue = "/clickonce/{channel}/ring/{ring}/Collector.application")
  String appUrl;

  /**
   * Where the installation gets the app: {@code portal.update.app-url} with its channel and its
   * ClickOnce ring, the ring every app release's rollout places it in (the app's rollout key is the
   * product code alone), so its ClickOnce client keeps coming back to the manifest that serves
   * exactly the app releases its update checks admit.
   */
  String appUrl(String channel, long installationId) {
    int ring = Rollout.ring(Long.toString(installationId), Product.APP_CODE);
    return appUrl.replace("{channel}", channel).replace("{ring}", Integer.toString(ring));
  }

  /** The signed decision for the calling installation. */
  public SignedDecision check(UpdateQuery query) {
    TenantScope scope = requireInstallation();
    AppVersion app = appVersion(query.appVersion());
    Map<String, PluginVersion> installed = pluginVersions(query.plugins());
    Map<String, String> reported = new TreeMap<>();
    installed.forEach((id, version) -> reported.put(id, version.toString()));
    String channel = channel(query.channel());
    Instant now = clock.instant();
    noteContact(scope.installationId(), app.toString(), reported, now);
    OfferedReleases offered = releaseSet.offeredAt(scope.path(), now);
    Access access = customerAccess.of(scope.organizationId(), now);
    Signer key = signing.keyRing().current();
    DecisionKey inputs =
        new DecisionKey(
            scope.installationId(),
            offered.decisionVersion(),
            offered.fingerprint(),
            app.toString(),
            channel,
            reported,
            access,
            key.keyId());
    return cache.get(
        inputs,
        now,
        () -> {
          List<Offer> offers = offered.releases().stream().map(ListedRelease::offer).toList();
          UpdateDecision decision =
              new UpdatePolicy(offers)
                  .decide(scope.installationId(), app, channel, installed, access);
          return new DecisionWriter(key, appUrl(channel, scope.installationId()))
              .write(
                  decision,
                  scope.installationId(),
                  offered.decisionVersion(),
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
    Instant now = clock.instant();
    Access access = customerAccess.of(scope.organizationId(), now);
    if (Access.NONE.equals(access.status()) || !access.allows(id)) {
      throw missing;
    }
    Offer offer =
        releaseSet.offeredAt(scope.path(), now).releases().stream()
            .map(ListedRelease::offer)
            .filter(r -> r.state() == ReleaseState.PUBLISHED)
            .filter(r -> !r.app() && r.product().equals(id))
            .filter(r -> PluginVersion.parse(r.version()).compareTo(wanted) == 0)
            .findFirst()
            .orElseThrow(() -> missing);
    var pkg = offer.signedPackage();
    return new PluginDownload(pkg.sha256(), pkg.size(), storage.blobs());
  }

  /** Installed versions go to the installation pages; a failure to note them fails nothing. */
  private void noteContact(
      long installationId, String app, Map<String, String> plugins, Instant now) {
    if (!contacts.isNews(installationId, app, plugins, now)) {
      return;
    }
    try {
      contacts.write(installationId, app, plugins, now);
    } catch (RuntimeException clash) {
      LOG.log(Level.FINE, "Contact of installation " + installationId + " not recorded", clash);
    }
  }

  private TenantScope requireInstallation() {
    TenantScope scope = store.scope();
    if (!scope.isInstallation()) {
      throw new ForbiddenException("Only a Collector installation checks for updates");
    }
    return scope;
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

  private Map<String, PluginVersion> pluginVersions(Map<String, String> plugins) {
    Map<String, PluginVersion> versions = new TreeMap<>();
    plugins.forEach(
        (id, text) -> {
          try {
            versions.put(id, parsed(text, "plugins." + id));
          } catch (VersionFormatException e) {
            throw new InvalidInputException(e.field(), e.reason());
          } catch (NullPointerException e) {
            throw new InvalidInputException("plugins." + id, "is required");
          }
        });
    return versions;
  }

  /**
   * Collectors report the same few versions over and over: each text is parsed (a regular
   * expression) once. Only valid texts are kept, and at most {@link #PARSED_VERSIONS} of them.
   */
  private PluginVersion parsed(String text, String field) {
    PluginVersion known = text == null ? null : parsedVersions.get(text);
    if (known != null) {
      return known;
    }
    PluginVersion version = PluginVersion.parse(text, field);
    if (parsedVersions.size() >= PARSED_VERSIONS) {
      parsedVersions.clear();
    }
    parsedVersions.put(text, version);
    return version;
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

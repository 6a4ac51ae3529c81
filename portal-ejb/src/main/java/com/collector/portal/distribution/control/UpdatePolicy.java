package com.collector.portal.distribution.control;

import com.collector.portal.distribution.entity.ReleaseState;
import com.collector.repository.rollout.Rollout;
import com.collector.repository.versions.AppVersion;
import com.collector.repository.versions.PluginVersion;
import com.collector.repository.versions.VersionRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides what one installation must do, from the releases and its customer's access; pure, no I/O.
 * A release is eligible when it is published, on a channel the installation follows ({@code stable}
 * always; {@code beta} or a custom channel in addition when asked for), compatible with the
 * installed app version and its rollout includes the installation.
 *
 * <ul>
 *   <li>App: the highest eligible mandatory app release above the installed version is required.
 *   <li>An installed plugin the plan no longer allows is removed.
 *   <li>An installed plugin whose version was revoked rolls forward to the best eligible release
 *       (which may be lower than the revoked one), or is removed when none remains.
 *   <li>An installed plugin with a higher eligible release is updated, also in grace: grace lets
 *       the Collector keep running with what it has, fixes included; it gets no new plugins.
 *   <li>An allowed plugin that is not installed is installed when it has an eligible release,
 *       unless the subscription is in grace.
 *   <li>Without a valid subscription nothing changes: every installed plugin is kept.
 * </ul>
 */
public final class UpdatePolicy {

  /** The channel everybody follows. */
  public static final String STABLE = "stable";

  private final List<Offer> offers;

  public UpdatePolicy(Collection<Offer> offers) {
    this.offers = List.copyOf(offers);
  }

  /**
   * The decision for installation {@code installationId} running {@code app} with {@code installed}
   * plugins (id → version) on {@code channel} (null means stable).
   */
  public UpdateDecision decide(
      long installationId,
      AppVersion app,
      String channel,
      Map<String, PluginVersion> installed,
      Access access) {
    String followed = channel == null || channel.isBlank() ? STABLE : channel;
    String installation = Long.toString(installationId);
    Offer required =
        offers.stream()
            .filter(o -> o.app() && o.mandatory())
            .filter(o -> eligible(o, installation, app, followed))
            .filter(o -> AppVersion.parse(o.version()).compareTo(app) > 0)
            .max(Comparator.comparing(o -> AppVersion.parse(o.version())))
            .orElse(null);
    List<PluginAction> actions = new ArrayList<>();
    TreeSet<String> ids = new TreeSet<>(installed.keySet());
    offers.stream().filter(o -> !o.app()).map(Offer::product).forEach(ids::add);
    Map<String, PluginVersion> sorted = new TreeMap<>(installed);
    for (String id : ids) {
      PluginVersion current = sorted.get(id);
      Optional<Offer> best = best(id, installation, app, followed);
      PluginAction action =
          current == null
              ? installAction(id, best, access)
              : installedAction(id, current, best, access);
      if (action != null) {
        actions.add(action);
      }
    }
    return new UpdateDecision(access, required, actions);
  }

  private static PluginAction installAction(String id, Optional<Offer> best, Access access) {
    if (!Access.OK.equals(access.status()) || !access.allows(id) || best.isEmpty()) {
      return null;
    }
    return new PluginAction(id, PluginAction.INSTALL, best.get().version(), best.get());
  }

  private PluginAction installedAction(
      String id, PluginVersion current, Optional<Offer> best, Access access) {
    if (Access.NONE.equals(access.status())) {
      return keep(id, current);
    }
    if (!access.allows(id)) {
      return new PluginAction(id, PluginAction.REMOVE, current.toString(), null);
    }
    if (isRevoked(id, current)) {
      return best.filter(o -> PluginVersion.parse(o.version()).compareTo(current) != 0)
          .map(o -> new PluginAction(id, PluginAction.UPDATE, o.version(), o))
          .orElseGet(() -> new PluginAction(id, PluginAction.REMOVE, current.toString(), null));
    }
    if (best.isPresent() && PluginVersion.parse(best.get().version()).compareTo(current) > 0) {
      return new PluginAction(id, PluginAction.UPDATE, best.get().version(), best.get());
    }
    return keep(id, current);
  }

  private static PluginAction keep(String id, PluginVersion current) {
    return new PluginAction(id, PluginAction.KEEP, current.toString(), null);
  }

  private boolean isRevoked(String id, PluginVersion version) {
    return offers.stream()
        .anyMatch(
            o ->
                !o.app()
                    && o.product().equals(id)
                    && o.state() == ReleaseState.REVOKED
                    && PluginVersion.parse(o.version()).compareTo(version) == 0);
  }

  private Optional<Offer> best(String id, String installation, AppVersion app, String channel) {
    return offers.stream()
        .filter(o -> !o.app() && o.product().equals(id))
        .filter(o -> eligible(o, installation, app, channel))
        .max(Comparator.comparing(o -> PluginVersion.parse(o.version())));
  }

  static boolean eligible(Offer offer, String installation, AppVersion app, String channel) {
    return offer.state() == ReleaseState.PUBLISHED
        && follows(channel, offer.channel())
        && compatible(offer, app)
        && Rollout.includes(installation, offer.rolloutKey(), offer.rolloutPercent());
  }

  /** {@code stable} is followed by everybody; any other channel only by who asks for it. */
  static boolean follows(String followed, String releaseChannel) {
    return STABLE.equals(releaseChannel) || releaseChannel.equals(followed);
  }

  private static boolean compatible(Offer offer, AppVersion app) {
    if (offer.app()) {
      return true;
    }
    VersionRange<AppVersion> range =
        VersionRange.of(
            offer.minAppVersion() == null ? null : AppVersion.parse(offer.minAppVersion()),
            offer.maxAppVersion() == null ? null : AppVersion.parse(offer.maxAppVersion()));
    return range.contains(app);
  }
}

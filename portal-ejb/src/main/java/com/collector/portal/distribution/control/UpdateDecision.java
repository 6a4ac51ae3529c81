package com.collector.portal.distribution.control;

import java.util.List;

/**
 * The unsigned outcome of an update check.
 *
 * @param access the subscription status it was decided under
 * @param requiredApp the mandatory app release the installation must move to, null when none
 * @param plugins one action per plugin, ordered by id
 */
public record UpdateDecision(Access access, Offer requiredApp, List<PluginAction> plugins) {

  public UpdateDecision {
    plugins = List.copyOf(plugins);
  }
}

package com.collector.portal.distribution.control;

/**
 * What a Collector must do with one plugin.
 *
 * @param id plugin id
 * @param action {@code install}, {@code update}, {@code remove} or {@code keep}
 * @param version the version to install or keep (the installed one for {@code remove})
 * @param offer the release to download for {@code install} and {@code update}, null otherwise
 */
public record PluginAction(String id, String action, String version, Offer offer) {

  public static final String INSTALL = "install";
  public static final String UPDATE = "update";
  public static final String REMOVE = "remove";
  public static final String KEEP = "keep";
}

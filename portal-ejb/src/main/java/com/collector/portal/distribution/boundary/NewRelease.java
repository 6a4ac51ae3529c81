package com.collector.portal.distribution.boundary;

import com.collector.portal.identity.entity.Language;
import java.util.Map;

/**
 * The metadata of an upload; the package itself streams separately. Refusals name these fields:
 * {@code product}, {@code version}, {@code channel}, {@code mandatory}, {@code rollout}, {@code
 * notes.<language>}, {@code minAppVersion}, {@code maxAppVersion}.
 *
 * @param product the product's code (for a plugin: its manifest id; {@code collector} for the app)
 * @param version four-part for the app, semantic for plugins
 * @param channel default {@code stable}
 * @param mandatory default false
 * @param rollout percentage 0..100, default 100
 * @param notes release notes per language
 * @param minAppVersion plugins only; default from the package manifest
 * @param maxAppVersion plugins only; default from the package manifest
 */
public record NewRelease(
    String product,
    String version,
    String channel,
    Boolean mandatory,
    Integer rollout,
    Map<Language, String> notes,
    String minAppVersion,
    String maxAppVersion) {

  public NewRelease {
    notes = notes == null ? Map.of() : Map.copyOf(notes);
  }
}

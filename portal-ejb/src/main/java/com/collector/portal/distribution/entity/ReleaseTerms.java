package com.collector.portal.distribution.entity;

import com.collector.portal.identity.entity.Language;
import java.util.Map;

/**
 * What a release promises besides its package.
 *
 * @param channel {@code stable}, {@code beta} or a custom lowercase name
 * @param notes release notes per language (missing ones are empty)
 * @param minAppVersion lowest Collector app version a plugin needs (canonical text), null if open
 * @param maxAppVersion highest Collector app version a plugin works with, null if open
 * @param mandatory whether installations must take it (for the app: the minimum required version)
 * @param rolloutPercent share of installations offered the release, 0..100
 */
public record ReleaseTerms(
    String channel,
    Map<Language, String> notes,
    String minAppVersion,
    String maxAppVersion,
    boolean mandatory,
    int rolloutPercent) {

  public ReleaseTerms {
    notes = Map.copyOf(notes);
  }
}

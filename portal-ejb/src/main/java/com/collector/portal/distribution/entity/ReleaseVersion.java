package com.collector.portal.distribution.entity;

import com.collector.repository.versions.AppVersion;
import com.collector.repository.versions.PluginVersion;
import java.util.Comparator;

/**
 * A release's version as stored: the canonical text, and its precedence text (the same without
 * SemVer build metadata), which is unique per product. Ordering parses the text again with the
 * product kind's version type: SemVer precedence is not a string order, and releases per product
 * are few enough to sort in Java.
 *
 * @param text canonical text, e.g. {@code 4.2.0.1} or {@code 1.4.0-rc.1+build.5}
 * @param precedence the text without build metadata
 */
public record ReleaseVersion(String text, String precedence) {

  /**
   * Parses {@code text} as the version type of {@code kind}.
   *
   * @throws com.collector.repository.versions.VersionFormatException naming {@code field}
   */
  public static ReleaseVersion parse(ProductKind kind, String text, String field) {
    if (kind == ProductKind.APP) {
      String canonical = AppVersion.parse(text, field).toString();
      return new ReleaseVersion(canonical, canonical);
    }
    PluginVersion version = PluginVersion.parse(text, field);
    String canonical = version.toString();
    int plus = canonical.indexOf('+');
    return new ReleaseVersion(canonical, plus < 0 ? canonical : canonical.substring(0, plus));
  }

  /** The plugin version; only for plugin releases. */
  public PluginVersion pluginVersion() {
    return PluginVersion.parse(text);
  }

  /** Lowest version first, in the order of the kind's version type. */
  public static Comparator<String> order(ProductKind kind) {
    return kind == ProductKind.APP
        ? Comparator.comparing(AppVersion::parse)
        : Comparator.comparing(PluginVersion::parse);
  }
}

package com.collector.repository.versions;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * A Collector application version as ClickOnce publishes it: exactly four parts {@code
 * major.minor.build.revision}, each 0..65535. Ordering compares the parts left to right. Only the
 * canonical form is accepted (no signs, no leading zeros), so equal versions have equal text.
 */
public final class AppVersion implements Comparable<AppVersion> {

  private static final int MAX_PART = 65535;
  private static final Pattern PART = Pattern.compile("0|[1-9][0-9]{0,4}");
  private static final Comparator<AppVersion> ORDER =
      Comparator.comparingInt(AppVersion::major)
          .thenComparingInt(AppVersion::minor)
          .thenComparingInt(AppVersion::build)
          .thenComparingInt(AppVersion::revision);

  private final int major;
  private final int minor;
  private final int build;
  private final int revision;

  private AppVersion(int major, int minor, int build, int revision) {
    this.major = major;
    this.minor = minor;
    this.build = build;
    this.revision = revision;
  }

  /** Builds a version from its parts; each must be 0..65535. */
  public static AppVersion of(int major, int minor, int build, int revision) {
    int[] parts = {major, minor, build, revision};
    for (int part : parts) {
      if (part < 0 || part > MAX_PART) {
        throw new VersionFormatException("version", "each part must be 0.." + MAX_PART);
      }
    }
    return new AppVersion(major, minor, build, revision);
  }

  /** Parses {@code a.b.c.d}; a bad text is reported against the field {@code version}. */
  public static AppVersion parse(String text) {
    return parse(text, "version");
  }

  /** Parses {@code a.b.c.d}; a bad text is reported against {@code field}. */
  public static AppVersion parse(String text, String field) {
    if (text == null || text.isEmpty()) {
      throw new VersionFormatException(field, "is required");
    }
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      throw new VersionFormatException(field, "'" + text + "' must have four parts a.b.c.d");
    }
    int[] values = new int[4];
    for (int i = 0; i < 4; i++) {
      if (!PART.matcher(parts[i]).matches() || Integer.parseInt(parts[i]) > MAX_PART) {
        throw new VersionFormatException(
            field,
            "'" + text + "' parts must be numbers 0.." + MAX_PART + " without leading zeros");
      }
      values[i] = Integer.parseInt(parts[i]);
    }
    return new AppVersion(values[0], values[1], values[2], values[3]);
  }

  public int major() {
    return major;
  }

  public int minor() {
    return minor;
  }

  public int build() {
    return build;
  }

  public int revision() {
    return revision;
  }

  @Override
  public int compareTo(AppVersion other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AppVersion that && compareTo(that) == 0;
  }

  @Override
  public int hashCode() {
    return ((major * 31 + minor) * 31 + build) * 31 + revision;
  }

  /** The canonical {@code a.b.c.d} text, which {@link #parse(String)} reads back. */
  @Override
  public String toString() {
    return major + "." + minor + "." + build + "." + revision;
  }
}

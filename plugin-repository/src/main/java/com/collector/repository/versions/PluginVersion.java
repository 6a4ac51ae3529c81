package com.collector.repository.versions;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plugin version under Semantic Versioning 2.0.0: {@code major.minor.patch}, an optional
 * pre-release ({@code -alpha.1}) and optional build metadata ({@code +sha.5114f85}).
 *
 * <p>Ordering follows SemVer precedence: a pre-release sorts before its release, pre-release
 * identifiers compare numerically when numeric and in ASCII order otherwise. Build metadata does
 * not take part in precedence, and so, to stay consistent with {@link #compareTo}, not in {@link
 * #equals} either: {@code 1.0.0+a} equals {@code 1.0.0+b}. {@link #toString()} keeps it.
 */
public final class PluginVersion implements Comparable<PluginVersion> {

  private static final String NUMBER = "0|[1-9][0-9]*";
  private static final String IDENT = "[0-9A-Za-z-]+";
  private static final Pattern SEMVER =
      Pattern.compile(
          "(" + NUMBER + ")\\.(" + NUMBER + ")\\.(" + NUMBER + ")" + "(?:-(" + IDENT + "(?:\\."
              + IDENT + ")*))?" + "(?:\\+(" + IDENT + "(?:\\." + IDENT + ")*))?");
  private static final Pattern NUMERIC = Pattern.compile("[0-9]+");
  private static final Pattern LEADING_ZERO = Pattern.compile("0[0-9]+");
  private static final int MAX_LENGTH = 255;

  private final int major;
  private final int minor;
  private final int patch;
  private final List<String> preRelease;
  private final String build;

  private PluginVersion(int major, int minor, int patch, List<String> preRelease, String build) {
    this.major = major;
    this.minor = minor;
    this.patch = patch;
    this.preRelease = preRelease;
    this.build = build;
  }

  /** Parses a SemVer text; a bad text is reported against the field {@code version}. */
  public static PluginVersion parse(String text) {
    return parse(text, "version");
  }

  /** Parses a SemVer text; a bad text is reported against {@code field}. */
  public static PluginVersion parse(String text, String field) {
    if (text == null || text.isEmpty()) {
      throw new VersionFormatException(field, "is required");
    }
    Matcher m = text.length() <= MAX_LENGTH ? SEMVER.matcher(text) : null;
    if (m == null || !m.matches()) {
      throw new VersionFormatException(
          field,
          "'" + abbreviate(text) + "' is not a semantic version such as 1.4.0 or 2.0.0-rc.1");
    }
    List<String> pre = m.group(4) == null ? List.of() : List.of(m.group(4).split("\\."));
    for (String identifier : pre) {
      if (LEADING_ZERO.matcher(identifier).matches()) {
        throw new VersionFormatException(
            field, "'" + text + "' has a numeric pre-release identifier with a leading zero");
      }
    }
    return new PluginVersion(
        number(m.group(1), text, field),
        number(m.group(2), text, field),
        number(m.group(3), text, field),
        pre,
        m.group(5) == null ? "" : m.group(5));
  }

  private static int number(String digits, String text, String field) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException tooLarge) {
      throw new VersionFormatException(
          field, "'" + text + "' has a part above " + Integer.MAX_VALUE);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  public int major() {
    return major;
  }

  public int minor() {
    return minor;
  }

  public int patch() {
    return patch;
  }

  /** The pre-release identifiers, empty for a release. */
  public List<String> preRelease() {
    return preRelease;
  }

  public boolean isPreRelease() {
    return !preRelease.isEmpty();
  }

  /** The build metadata without its {@code +}, empty when there is none. */
  public String build() {
    return build;
  }

  @Override
  public int compareTo(PluginVersion other) {
    int c = Integer.compare(major, other.major);
    c = c != 0 ? c : Integer.compare(minor, other.minor);
    c = c != 0 ? c : Integer.compare(patch, other.patch);
    return c != 0 ? c : comparePreRelease(preRelease, other.preRelease);
  }

  private static int comparePreRelease(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      // A release has higher precedence than any of its pre-releases.
      return Boolean.compare(a.isEmpty(), b.isEmpty());
    }
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = compareIdentifier(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static int compareIdentifier(String a, String b) {
    boolean aNumeric = NUMERIC.matcher(a).matches();
    boolean bNumeric = NUMERIC.matcher(b).matches();
    if (aNumeric && bNumeric) {
      // No leading zeros, arbitrary length: the longer number is the larger one.
      int c = Integer.compare(a.length(), b.length());
      return c != 0 ? c : a.compareTo(b);
    }
    if (aNumeric != bNumeric) {
      return aNumeric ? -1 : 1;
    }
    return a.compareTo(b);
  }

  /** Equal when of equal precedence: build metadata is ignored. */
  @Override
  public boolean equals(Object other) {
    return other instanceof PluginVersion that && compareTo(that) == 0;
  }

  @Override
  public int hashCode() {
    return ((major * 31 + minor) * 31 + patch) * 31 + preRelease.hashCode();
  }

  /** The full text including build metadata, which {@link #parse(String)} reads back. */
  @Override
  public String toString() {
    String text = major + "." + minor + "." + patch;
    text = preRelease.isEmpty() ? text : text + "-" + String.join(".", preRelease);
    return build.isEmpty() ? text : text + "+" + build;
  }
}

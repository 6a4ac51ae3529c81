package com.collector.repository.versions;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * An inclusive range {@code [min, max]} of versions, either end open. Used for "this plugin needs a
 * Collector app between X and Y": {@code VersionRange<AppVersion>}.
 *
 * @param <V> the version type, {@link AppVersion} or {@link PluginVersion}
 */
public final class VersionRange<V extends Comparable<V>> {

  private static final VersionRange<?> ANY = new VersionRange<>(null, null);

  private final V min;
  private final V max;

  private VersionRange(V min, V max) {
    this.min = min;
    this.max = max;
  }

  /**
   * The range from {@code min} to {@code max}, both inclusive; {@code null} leaves that end open.
   *
   * @throws VersionFormatException (field {@code range}) when {@code min} is above {@code max}
   */
  public static <V extends Comparable<V>> VersionRange<V> of(V min, V max) {
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw new VersionFormatException("range", "minimum " + min + " is above maximum " + max);
    }
    return new VersionRange<>(min, max);
  }

  /** The range that contains every version. */
  @SuppressWarnings("unchecked")
  public static <V extends Comparable<V>> VersionRange<V> any() {
    return (VersionRange<V>) ANY;
  }

  /**
   * Parses both ends with {@code parser} (for example {@code AppVersion::parse}); a {@code null} or
   * blank text leaves that end open. Errors name {@code minField} or {@code maxField}; a minimum
   * above the maximum names {@code maxField}.
   */
  public static <V extends Comparable<V>> VersionRange<V> parse(
      String minText,
      String maxText,
      String minField,
      String maxField,
      BiFunction<String, String, V> parser) {
    V min = minText == null || minText.isBlank() ? null : parser.apply(minText, minField);
    V max = maxText == null || maxText.isBlank() ? null : parser.apply(maxText, maxField);
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw new VersionFormatException(maxField, "must not be below " + minField + " " + min);
    }
    return new VersionRange<>(min, max);
  }

  /** Whether {@code version} lies within the range, ends included. */
  public boolean contains(V version) {
    Objects.requireNonNull(version, "version");
    return (min == null || min.compareTo(version) <= 0)
        && (max == null || version.compareTo(max) <= 0);
  }

  /** The lowest version in the range, empty when open below. */
  public Optional<V> min() {
    return Optional.ofNullable(min);
  }

  /** The highest version in the range, empty when open above. */
  public Optional<V> max() {
    return Optional.ofNullable(max);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VersionRange<?> that
        && Objects.equals(min, that.min)
        && Objects.equals(max, that.max);
  }

  @Override
  public int hashCode() {
    return Objects.hash(min, max);
  }

  /** For example {@code [1.0.0.0, *]} for a range open above. */
  @Override
  public String toString() {
    return "[" + (min == null ? "*" : min) + ", " + (max == null ? "*" : max) + "]";
  }
}

package com.collector.repository.versions;

/**
 * A text is not a valid version or range. {@link #field()} names the input that was wrong (for
 * example {@code version} or {@code minAppVersion}), so a REST layer can answer 400 with it.
 */
public class VersionFormatException extends IllegalArgumentException {

  private final String field;

  public VersionFormatException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  /** The name of the offending input, as the caller passed it to {@code parse}. */
  public String field() {
    return field;
  }
}

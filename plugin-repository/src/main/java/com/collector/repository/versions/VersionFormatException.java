package com.collector.repository.versions;

/**
 * A text is not a valid version or range. {@link #field()} names the input that was wrong (for
 * example {@code version} or {@code minAppVersion}), so a REST layer can answer 400 with it.
 */
public class VersionFormatException extends IllegalArgumentException {

  private final String field;
  private final String reason;

  public VersionFormatException(String field, String reason) {
    super(field + ": " + reason);
    this.field = field;
    this.reason = reason;
  }

  /** The name of the offending input, as the caller passed it to {@code parse}. */
  public String field() {
    return field;
  }

  /** What is wrong, without the field name. */
  public String reason() {
    return reason;
  }
}

package com.collector.client;

import java.util.List;

/**
 * A pushed configuration the portal refused without looking at its values' history: invalid against
 * the schema (400, 422), no base revision sent (428) or one the portal does not know (412).
 */
public final class RefusedConfiguration extends Exception {

  private static final long serialVersionUID = 1L;

  /** A field or JSON pointer at fault, as the problem's {@code errors} name it. */
  public record FieldError(String field, String message) {}

  private final int status;
  private final String detail;
  private final transient List<FieldError> errors;

  public RefusedConfiguration(int status, String detail, List<FieldError> errors) {
    super("HTTP " + status + (detail == null || detail.isBlank() ? "" : " " + detail));
    this.status = status;
    this.detail = detail;
    this.errors = List.copyOf(errors);
  }

  public int status() {
    return status;
  }

  /** The problem's {@code detail}; the body as it came when it was no problem document. */
  public String detail() {
    return detail;
  }

  public List<FieldError> errors() {
    return errors;
  }
}

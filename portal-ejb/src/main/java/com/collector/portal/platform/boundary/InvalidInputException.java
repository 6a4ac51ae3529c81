package com.collector.portal.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Input that breaks a rule; names every field at fault. */
@ApplicationException(rollback = true)
public class InvalidInputException extends PortalException {

  /** One broken rule: the field's path in the input and a human-readable message. */
  public record FieldError(String field, String message) {}

  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super("error.invalid", "Invalid input: " + errors);
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  @Override
  public int status() {
    return 400;
  }

  @Override
  public String type() {
    return "invalid-input";
  }
}

package com.collector.portal.web.rest;

import com.collector.portal.platform.boundary.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads ISO dates from request text, failing with 400 naming the field. */
public final class IsoDates {

  private IsoDates() {}

  /** The date {@code value} stands for, null when blank. */
  public static LocalDate optional(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "must be a date as yyyy-mm-dd");
    }
  }
}

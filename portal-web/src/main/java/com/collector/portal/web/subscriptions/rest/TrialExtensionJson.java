package com.collector.portal.web.subscriptions.rest;

import com.collector.portal.platform.boundary.InvalidInputException;
import jakarta.json.bind.annotation.JsonbCreator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Body of {@code POST /api/v1/subscriptions/{id}/trial-extension}: the trial's last day. */
public record TrialExtensionJson(String until) {

  @JsonbCreator
  public TrialExtensionJson {}

  /** The last day, or a 400 naming {@code until} when it is not an ISO date. */
  LocalDate lastDay() {
    if (until == null || until.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(until.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("until", "must be a date as yyyy-mm-dd");
    }
  }
}

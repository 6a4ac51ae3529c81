package com.collector.portal.web.tickets.rest;

import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tickets.boundary.NewStep;
import jakarta.json.bind.annotation.JsonbCreator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Body of {@code POST /api/v1/tickets/{number}/plan}. */
public record StepJson(String description, Long assigneeId, String dueOn, Boolean internal) {

  @JsonbCreator
  public StepJson {}

  NewStep toInput() {
    return new NewStep(description, assigneeId, date(dueOn), Boolean.TRUE.equals(internal));
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("dueOn", "must be a date like 2026-12-31");
    }
  }
}

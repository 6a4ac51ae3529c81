package com.collector.portal.web.tickets.rest;

import com.collector.portal.tickets.boundary.NewStep;
import com.collector.portal.web.rest.IsoDates;
import jakarta.json.bind.annotation.JsonbCreator;

/** Body of {@code POST /api/v1/tickets/{number}/plan}. */
public record StepJson(String description, Long assigneeId, String dueOn, Boolean internal) {

  @JsonbCreator
  public StepJson {}

  NewStep toInput() {
    return new NewStep(
        description, assigneeId, IsoDates.optional(dueOn, "dueOn"), Boolean.TRUE.equals(internal));
  }
}

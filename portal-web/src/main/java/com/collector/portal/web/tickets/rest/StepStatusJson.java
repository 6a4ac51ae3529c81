package com.collector.portal.web.tickets.rest;

import com.collector.portal.platform.boundary.Choices;
import com.collector.portal.tickets.boundary.StepChange;
import com.collector.portal.tickets.entity.ActionStatus;
import jakarta.json.bind.annotation.JsonbCreator;

/** Body of {@code PUT /api/v1/tickets/{number}/plan/{stepId}}. */
public record StepStatusJson(String status) {

  @JsonbCreator
  public StepStatusJson {}

  StepChange toInput() {
    return new StepChange(Choices.parse(ActionStatus.class, status, "status"));
  }
}

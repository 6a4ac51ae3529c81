package com.collector.portal.web.tickets.rest;

import com.collector.portal.tickets.boundary.StepSchedule;
import com.collector.portal.web.rest.IsoDates;
import jakarta.json.bind.annotation.JsonbCreator;

/** Body of {@code PUT /api/v1/tickets/{number}/plan/{step}/schedule}. */
public record ScheduleJson(Long assigneeId, String dueOn) {

  @JsonbCreator
  public ScheduleJson {}

  StepSchedule toInput() {
    return new StepSchedule(assigneeId, IsoDates.optional(dueOn, "dueOn"));
  }
}

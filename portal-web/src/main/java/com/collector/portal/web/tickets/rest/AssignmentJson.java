package com.collector.portal.web.tickets.rest;

import com.collector.portal.tickets.boundary.Assignment;
import jakarta.json.bind.annotation.JsonbCreator;

/** Body of {@code PUT /api/v1/tickets/{number}/assignment}; a null agent unassigns. */
public record AssignmentJson(Long agentId, String queue) {

  @JsonbCreator
  public AssignmentJson {}

  Assignment toInput() {
    return new Assignment(agentId, queue);
  }
}

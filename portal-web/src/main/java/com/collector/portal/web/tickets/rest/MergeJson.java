package com.collector.portal.web.tickets.rest;

import com.collector.portal.platform.boundary.InvalidInputException;
import jakarta.json.bind.annotation.JsonbCreator;

/** Body of {@code POST /api/v1/tickets/{number}/merge}: the number of the ticket to keep. */
public record MergeJson(Long into) {

  @JsonbCreator
  public MergeJson {}

  long target() {
    if (into == null) {
      throw new InvalidInputException("into", "is required");
    }
    return into;
  }
}

package com.collector.portal.web.tickets.rest;

import com.collector.portal.tickets.boundary.NewEntry;
import jakarta.json.bind.annotation.JsonbCreator;

/** Body of {@code POST /api/v1/tickets/{number}/entries}: a comment, or work with minutes. */
public record EntryJson(String body, Boolean internal, Integer minutes) {

  @JsonbCreator
  public EntryJson {}

  NewEntry toInput() {
    return new NewEntry(body, Boolean.TRUE.equals(internal), minutes);
  }
}

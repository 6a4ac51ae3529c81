package com.collector.portal.web.tickets.rest;

import com.collector.portal.platform.boundary.Choices;
import com.collector.portal.tickets.boundary.TicketMove;
import com.collector.portal.tickets.entity.TicketState;
import jakarta.json.bind.annotation.JsonbCreator;

/** Body of {@code POST /api/v1/tickets/{number}/moves}. */
public record MoveJson(String to, String note) {

  @JsonbCreator
  public MoveJson {}

  TicketMove toInput() {
    return new TicketMove(Choices.parse(TicketState.class, to, "to"), note);
  }
}

package com.collector.portal.web.tickets.rest;

import com.collector.portal.platform.boundary.Choices;
import com.collector.portal.tickets.boundary.Reclassification;
import com.collector.portal.tickets.entity.TicketCategory;
import com.collector.portal.tickets.entity.TicketPriority;
import jakarta.json.bind.annotation.JsonbCreator;

/** Body of {@code PUT /api/v1/tickets/{number}/classification}. */
public record ClassificationJson(String priority, String category) {

  @JsonbCreator
  public ClassificationJson {}

  Reclassification toInput() {
    return new Reclassification(
        Choices.parse(TicketPriority.class, priority, "priority"),
        Choices.parse(TicketCategory.class, category, "category"));
  }
}

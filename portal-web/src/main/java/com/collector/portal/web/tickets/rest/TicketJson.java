package com.collector.portal.web.tickets.rest;

import com.collector.portal.platform.boundary.Choices;
import com.collector.portal.tickets.boundary.NewTicket;
import com.collector.portal.tickets.entity.TicketCategory;
import com.collector.portal.tickets.entity.TicketPriority;
import jakarta.json.bind.annotation.JsonbCreator;

/** Body of {@code POST /api/v1/tickets}. */
public record TicketJson(
    Long customerId,
    Long installationId,
    String subject,
    String description,
    String category,
    String priority,
    String fingerprint) {

  @JsonbCreator
  public TicketJson {}

  NewTicket toInput() {
    return new NewTicket(
        customerId,
        installationId,
        subject,
        description,
        Choices.parse(TicketCategory.class, category, "category"),
        Choices.parse(TicketPriority.class, priority, "priority"),
        fingerprint == null || fingerprint.isBlank() ? null : fingerprint.strip());
  }
}

package com.collector.portal.tickets.boundary;

import com.collector.portal.tickets.entity.TicketState;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A move of a ticket to another state, with an optional note for the timeline. */
public record TicketMove(@NotNull TicketState to, @Size(max = 2000) String note) {}

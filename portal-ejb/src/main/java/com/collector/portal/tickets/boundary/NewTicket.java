package com.collector.portal.tickets.boundary;

import com.collector.portal.tickets.entity.TicketCategory;
import com.collector.portal.tickets.entity.TicketPriority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A ticket someone opens. The customer may be left out by a customer's own users.
 *
 * @param fingerprint an integration's key for the problem: a ticket still open with the same key
 *     gets an entry instead of a second ticket
 */
public record NewTicket(
    Long customerId,
    Long installationId,
    @NotBlank @Size(max = 200) String subject,
    @NotBlank @Size(max = 20000) String description,
    @NotNull TicketCategory category,
    TicketPriority priority,
    @Size(max = 200) @Pattern(regexp = "[\\p{Graph}]*", message = "must be printable, no spaces")
        String fingerprint) {}

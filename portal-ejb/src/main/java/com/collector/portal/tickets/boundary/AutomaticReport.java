package com.collector.portal.tickets.boundary;

import com.collector.portal.tickets.entity.TicketCategory;
import com.collector.portal.tickets.entity.TicketPriority;
import com.collector.portal.tickets.entity.TicketSource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A problem another feature reports (a monitoring alert, an installation request).
 *
 * @param fingerprint the source's key for the problem: reports with the same key for the same
 *     customer land on one ticket while it is not closed
 * @param sourceName who reports, as the timeline names it (e.g. {@code Monitoring})
 */
public record AutomaticReport(
    @NotNull TicketSource source,
    @NotBlank @Size(max = 200) String fingerprint,
    @NotNull Long customerId,
    Long installationId,
    @NotBlank @Size(max = 200) String subject,
    @NotBlank @Size(max = 20000) String description,
    @NotNull TicketCategory category,
    @NotNull TicketPriority priority,
    @NotBlank @Size(max = 100) String sourceName) {}

package com.collector.portal.tickets.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A step added at the end of a ticket's plan.
 *
 * @param internal whether only customer service sees the step
 */
public record NewStep(
    @NotBlank @Size(max = 500) String description,
    Long assigneeId,
    LocalDate dueOn,
    boolean internal) {}

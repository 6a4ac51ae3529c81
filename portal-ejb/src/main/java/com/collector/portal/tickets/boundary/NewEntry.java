package com.collector.portal.tickets.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A comment, or work carried out when {@code minutes} is given.
 *
 * @param internal whether only customer service may read it
 */
public record NewEntry(
    @NotBlank @Size(max = 20000) String body,
    boolean internal,
    @Min(1) @Max(10080) Integer minutes) {}

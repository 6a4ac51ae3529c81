package com.collector.portal.tickets.boundary;

import com.collector.portal.tickets.entity.ActionStatus;
import jakarta.validation.constraints.NotNull;

/** Progress on a step of the plan. */
public record StepChange(@NotNull ActionStatus status) {}

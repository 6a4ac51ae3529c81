package com.collector.portal.tickets.boundary;

import java.time.LocalDate;

/** Who carries out a step and by when; null fields clear it. */
public record StepSchedule(Long assigneeId, LocalDate dueOn) {}

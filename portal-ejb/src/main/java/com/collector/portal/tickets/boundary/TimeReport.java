package com.collector.portal.tickets.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Which work a time-accounting export covers: the days {@code from} to {@code to}, both included,
 * in customer service's time zone; of one customer, of one partner's customers, or of the caller's
 * whole subtree.
 */
public record TimeReport(
    @NotNull LocalDate from, @NotNull LocalDate to, Long customerId, Long partnerId) {}

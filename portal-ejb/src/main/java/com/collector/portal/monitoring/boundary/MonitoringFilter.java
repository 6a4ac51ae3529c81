package com.collector.portal.monitoring.boundary;

import com.collector.portal.monitoring.control.Period;

/**
 * What a dashboard reader narrows the subtree to: a partner, a customer, one installation (each
 * optional, each inside the reader's subtree) and the period counted.
 */
public record MonitoringFilter(
    Long partnerId, Long customerId, Long installationId, Period period) {

  public MonitoringFilter {
    period = period == null ? new Period(Period.DEFAULT_DAYS) : period;
  }

  /** The whole subtree over {@code period}. */
  public static MonitoringFilter of(Period period) {
    return new MonitoringFilter(null, null, null, period);
  }
}

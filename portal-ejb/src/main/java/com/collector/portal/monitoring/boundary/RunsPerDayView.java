package com.collector.portal.monitoring.boundary;

import com.collector.portal.monitoring.control.DayBuckets.RunDay;
import java.time.LocalDate;
import java.util.List;

/** Extraction runs of every day of the period by result, with the period's totals. */
public record RunsPerDayView(LocalDate from, LocalDate to, List<RunDay> days) {

  public long success() {
    return days.stream().mapToLong(RunDay::success).sum();
  }

  public long failure() {
    return days.stream().mapToLong(RunDay::failure).sum();
  }

  public long partial() {
    return days.stream().mapToLong(RunDay::partial).sum();
  }
}

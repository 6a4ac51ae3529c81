package com.collector.portal.web.monitoring.rest;

import com.collector.portal.monitoring.boundary.RunsPerDayView;
import java.time.LocalDate;
import java.util.List;

/** Runs per UTC day of the period by result, every day listed, with the period's totals. */
public record RunsPerDayJson(
    LocalDate from, LocalDate to, long success, long failure, long partial, List<DayJson> days) {

  /** One day's runs by result. */
  public record DayJson(LocalDate day, long success, long failure, long partial) {}

  static RunsPerDayJson of(RunsPerDayView view) {
    return new RunsPerDayJson(
        view.from(),
        view.to(),
        view.success(),
        view.failure(),
        view.partial(),
        view.days().stream()
            .map(d -> new DayJson(d.day(), d.success(), d.failure(), d.partial()))
            .toList());
  }
}

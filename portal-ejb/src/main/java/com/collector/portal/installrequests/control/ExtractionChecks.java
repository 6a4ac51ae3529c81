package com.collector.portal.installrequests.control;

import com.collector.portal.installrequests.entity.RequestAnswers.Export;
import com.collector.portal.installrequests.entity.RequestAnswers.ExtractionStep;
import com.collector.portal.installrequests.entity.RequestAnswers.Schedule;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/** The rules of the extraction step: datasets, a schedule people can write, an export target. */
final class ExtractionChecks {

  static final Set<String> FREQUENCIES = Set.of("DAILY", "WEEKLY", "MONTHLY");
  static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
  static final Set<String> EXPORTS = Set.of("folder", "sftp", "https");

  private final BiConsumer<String, String> error;
  private final boolean whole;

  ExtractionChecks(BiConsumer<String, String> error, boolean whole) {
    this.error = error;
    this.whole = whole;
  }

  void check(ExtractionStep x) {
    if (x == null) {
      missing("extraction", null);
      return;
    }
    datasets(x.datasets());
    if (x.fromPeriod() != null && !x.fromPeriod().matches("[0-9]{4}-(0[1-9]|1[0-2])")) {
      error.accept("extraction.fromPeriod", "must be a month (yyyy-mm)");
    }
    schedule(x.schedule());
    Export export = x.export();
    if (export == null) {
      missing("extraction.export", null);
      return;
    }
    if (!missing("extraction.export.kind", export.kind()) && !EXPORTS.contains(export.kind())) {
      error.accept("extraction.export.kind", "must be folder, sftp or https");
    }
    if (!missing("extraction.export.location", export.location())
        && export.location().length() > 1000) {
      error.accept("extraction.export.location", "is longer than 1000 characters");
    }
  }

  private void datasets(List<String> datasets) {
    if (datasets == null || datasets.isEmpty()) {
      if (whole) {
        error.accept("extraction.datasets", "needs at least one dataset");
      }
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < datasets.size(); i++) {
      String dataset = datasets.get(i);
      String at = "extraction.datasets[" + i + "]";
      if (dataset == null || !dataset.matches("[A-Za-z0-9_.-]{1,64}")) {
        error.accept(at, "must be a dataset name (letters, digits, _ . -; at most 64)");
      } else if (!seen.add(dataset)) {
        error.accept(at, "is listed twice");
      }
    }
  }

  private void schedule(Schedule s) {
    if (s == null) {
      missing("extraction.schedule", null);
      return;
    }
    String frequency = s.frequency();
    if (!missing("extraction.schedule.frequency", frequency) && !FREQUENCIES.contains(frequency)) {
      error.accept("extraction.schedule.frequency", "must be DAILY, WEEKLY or MONTHLY");
    }
    if (!missing("extraction.schedule.time", s.time())
        && !s.time().matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
      error.accept("extraction.schedule.time", "must be a time of day (HH:mm)");
    }
    if ("WEEKLY".equals(frequency) || s.dayOfWeek() != null) {
      if (!missing("extraction.schedule.dayOfWeek", s.dayOfWeek())
          && !DAYS.contains(s.dayOfWeek())) {
        error.accept("extraction.schedule.dayOfWeek", "must be one of " + DAYS);
      }
    }
    if ("MONTHLY".equals(frequency) || s.dayOfMonth() != null) {
      if (!missing("extraction.schedule.dayOfMonth", s.dayOfMonth())
          && (s.dayOfMonth() < 1 || s.dayOfMonth() > 28)) {
        error.accept("extraction.schedule.dayOfMonth", "must be between 1 and 28");
      }
    }
    if (!missing("extraction.schedule.timeZone", s.timeZone())) {
      try {
        ZoneId.of(s.timeZone());
      } catch (DateTimeException unknown) {
        error.accept(
            "extraction.schedule.timeZone", "is not a known time zone (e.g. Europe/Brussels)");
      }
    }
  }

  /** Notes a missing value when the step must be whole; answers whether it is missing. */
  private boolean missing(String at, Object value) {
    boolean missing = value == null || value instanceof String text && text.isBlank();
    if (missing && whole) {
      error.accept(at, "is required");
    }
    return missing;
  }
}

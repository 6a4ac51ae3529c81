package com.collector.portal.monitoring.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays the database's per-day, per-result counts out on every day of a period, so a chart has a bar
 * (maybe of zero) for each day, also the days nothing ran. It arranges counts, it never counts.
 */
public final class DayBuckets {

  /** One day's runs by result. */
  public record RunDay(LocalDate day, long success, long failure, long partial) {

    public long total() {
      return success + failure + partial;
    }
  }

  private DayBuckets() {}

  /**
   * Every day from {@code first} to {@code last}, in order, with the counts of {@code rows}: each
   * row is (day, result, count); rows outside the days or of unknown results are ignored.
   */
  public static List<RunDay> fill(LocalDate first, LocalDate last, List<Object[]> rows) {
    Map<LocalDate, long[]> counts = new TreeMap<>();
    for (Object[] row : rows) {
      LocalDate day = day(row[0]);
      int at = index((String) row[1]);
      if (at >= 0 && !day.isBefore(first) && !day.isAfter(last)) {
        counts.computeIfAbsent(day, d -> new long[3])[at] += ((Number) row[2]).longValue();
      }
    }
    List<RunDay> days = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      long[] c = counts.getOrDefault(day, new long[3]);
      days.add(new RunDay(day, c[0], c[1], c[2]));
    }
    return days;
  }

  private static int index(String result) {
    return switch (result == null ? "" : result) {
      case "success" -> 0;
      case "failure" -> 1;
      case "partial" -> 2;
      default -> -1;
    };
  }

  private static LocalDate day(Object value) {
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    return LocalDate.parse(value.toString());
  }
}

package com.collector.portal.monitoring.control;

import com.collector.portal.platform.boundary.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The last {@code days} whole days in UTC, today included: what a dashboard counts over. Days are
 * UTC days because users have no time zone yet (pages show UTC too).
 *
 * @param days how many days, 1 to {@link #MAX_DAYS}
 */
public record Period(int days) {

  public static final int DEFAULT_DAYS = 30;
  public static final int MAX_DAYS = 366;

  public Period {
    if (days < 1 || days > MAX_DAYS) {
      throw new InvalidInputException("days", "must be between 1 and " + MAX_DAYS);
    }
  }

  /** Reads the {@code days} parameter: blank means {@value #DEFAULT_DAYS}, text is a 400. */
  public static Period parse(String text) {
    if (text == null || text.isBlank()) {
      return new Period(DEFAULT_DAYS);
    }
    try {
      return new Period(Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("days", "must be a whole number of days");
    }
  }

  /** The first day counted. */
  public LocalDate firstDay(Clock clock) {
    return lastDay(clock).minusDays(days - 1L);
  }

  /** Today, in UTC. */
  public LocalDate lastDay(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /** The first instant counted: midnight UTC of the first day. */
  public Instant start(Clock clock) {
    return firstDay(clock).atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}

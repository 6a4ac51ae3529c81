package com.collector.portal.tickets.control;

import com.collector.portal.tickets.entity.BusinessTime;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Working hours of customer service: the same hours on some days of the week, in one time zone,
 * without holidays. Written {@code MON-FRI 08:00-18:00}; {@code 00:00-24:00} is the whole day.
 */
public final class BusinessCalendar implements BusinessTime {

  private static final Pattern HOURS =
      Pattern.compile("([A-Z]{3})-([A-Z]{3})\\s+(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");

  /** A guard against a calendar without working days making callers loop for ever. */
  private static final int MAX_DAYS = 3660;

  private final ZoneId zone;
  private final Set<DayOfWeek> days;
  private final LocalTime opens;
  private final LocalTime closes;
  private final boolean untilMidnight;
  private final Set<LocalDate> holidays;

  private BusinessCalendar(
      ZoneId zone, Set<DayOfWeek> days, LocalTime opens, String closes, Set<LocalDate> holidays) {
    this.zone = zone;
    this.days = Set.copyOf(days);
    this.opens = opens;
    this.untilMidnight = closes.equals("24:00");
    this.closes = untilMidnight ? LocalTime.MIDNIGHT : LocalTime.parse(closes);
    this.holidays = Set.copyOf(holidays);
    if (!untilMidnight && !this.closes.isAfter(opens)) {
      throw new IllegalArgumentException("Working hours must end after they begin");
    }
  }

  /**
   * Reads a calendar from configuration text.
   *
   * @param hours e.g. {@code MON-FRI 08:00-18:00}
   * @param zone e.g. {@code Europe/Brussels}
   * @param holidays ISO dates separated by commas, may be blank
   */
  public static BusinessCalendar parse(String hours, String zone, String holidays) {
    Matcher m = HOURS.matcher(hours.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Working hours must read like MON-FRI 08:00-18:00: " + hours);
    }
    try {
      DayOfWeek first = day(m.group(1));
      DayOfWeek last = day(m.group(2));
      Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      for (DayOfWeek d = first; ; d = d.plus(1)) {
        days.add(d);
        if (d == last) {
          break;
        }
      }
      Set<LocalDate> off =
          holidays == null || holidays.isBlank()
              ? Set.of()
              : Arrays.stream(holidays.split(","))
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .map(LocalDate::parse)
                  .collect(Collectors.toSet());
      return new BusinessCalendar(
          ZoneId.of(zone.strip()), days, LocalTime.parse(m.group(3)), m.group(4), off);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Unreadable working calendar: " + e.getMessage(), e);
    }
  }

  @Override
  public Instant plus(Instant start, Duration amount) {
    Duration left = amount.isNegative() ? Duration.ZERO : amount;
    ZonedDateTime cursor = start.atZone(zone);
    LocalDate day = cursor.toLocalDate();
    for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
      if (!works(day)) {
        continue;
      }
      ZonedDateTime from = max(opening(day), cursor);
      ZonedDateTime to = closing(day);
      if (from.isBefore(to)) {
        Duration open = Duration.between(from, to);
        if (open.compareTo(left) >= 0) {
          return from.plus(left).toInstant();
        }
        left = left.minus(open);
      }
    }
    throw new IllegalStateException("The working calendar has no working time left");
  }

  @Override
  public Duration between(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    ZonedDateTime start = from.atZone(zone);
    ZonedDateTime end = to.atZone(zone);
    Duration total = Duration.ZERO;
    for (LocalDate day = start.toLocalDate();
        !day.isAfter(end.toLocalDate());
        day = day.plusDays(1)) {
      if (works(day)) {
        ZonedDateTime a = max(opening(day), start);
        ZonedDateTime b = min(closing(day), end);
        if (a.isBefore(b)) {
          total = total.plus(Duration.between(a, b));
        }
      }
    }
    return total;
  }

  private boolean works(LocalDate day) {
    return days.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }

  private ZonedDateTime opening(LocalDate day) {
    return day.atTime(opens).atZone(zone);
  }

  private ZonedDateTime closing(LocalDate day) {
    return untilMidnight ? day.plusDays(1).atStartOfDay(zone) : day.atTime(closes).atZone(zone);
  }

  private static DayOfWeek day(String abbreviation) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().startsWith(abbreviation)) {
        return d;
      }
    }
    throw new IllegalArgumentException("Not a day of the week: " + abbreviation);
  }

  private static ZonedDateTime max(ZonedDateTime a, ZonedDateTime b) {
    return a.isAfter(b) ? a : b;
  }

  private static ZonedDateTime min(ZonedDateTime a, ZonedDateTime b) {
    return a.isBefore(b) ? a : b;
  }
}

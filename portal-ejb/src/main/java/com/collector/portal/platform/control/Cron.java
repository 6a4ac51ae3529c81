package com.collector.portal.platform.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A five-field cron expression ({@code minute hour day-of-month month day-of-week}) as the
 * Collector's schedule uses it, and the instants it fires at in a time zone. Fields take {@code *},
 * values, ranges {@code a-b}, steps ({@code *}, {@code a-b} or {@code a} then {@code /n}) and
 * lists; months and days of the week take names ({@code JAN}, {@code MON}); day-of-week 0 and 7 are
 * Sunday; {@code ?} is {@code *}. Day-of-month also takes {@code L} (last day), {@code L-n}, {@code
 * LW} (last weekday) and {@code nW} (the weekday nearest day n, within the month); day-of-week
 * {@code nL} (the month's last such day) and {@code n#k} (its k-th). When both day fields are
 * restricted a day matching either fires, as Vixie cron has it (a field starting with {@code *} or
 * {@code ?} is unrestricted).
 *
 * <p>Daylight saving time, as Vixie cron (and Cronos, the .NET library) do it: a local time the
 * spring change skips fires once at the change for a fixed-time expression, and not at all for a
 * wildcard one (minute or hour starting with {@code *}), which simply goes on in the new time; a
 * local time the autumn change repeats fires once (the first) for a fixed-time expression and twice
 * for a wildcard one. Immutable and thread-safe.
 */
public final class Cron {

  private static final String[] MONTHS = {
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"
  };
  private static final String[] DAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

  private final String expression;
  private final BitSet minutes;
  private final BitSet hours;
  private final CronDays days;
  private final BitSet months;
  private final boolean wildcard;

  private Cron(
      String expression,
      BitSet minutes,
      BitSet hours,
      CronDays days,
      BitSet months,
      boolean wildcard) {
    this.expression = expression;
    this.minutes = minutes;
    this.hours = hours;
    this.days = days;
    this.months = months;
    this.wildcard = wildcard;
  }

  /**
   * Reads {@code expression}; fails with an {@link IllegalArgumentException} naming the field and
   * what is wrong with it.
   */
  public static Cron parse(String expression) {
    if (expression == null) {
      throw new IllegalArgumentException("is missing");
    }
    String[] fields = expression.trim().toUpperCase(Locale.ROOT).split("\\s+");
    if (fields.length != 5) {
      throw new IllegalArgumentException(
          "must have five fields: minute hour day-of-month month day-of-week");
    }
    BitSet minutes = CronField.plain("minute", fields[0], 0, 59, null);
    BitSet hours = CronField.plain("hour", fields[1], 0, 23, null);
    BitSet months = CronField.plain("month", fields[3], 1, 12, MONTHS);
    CronDays days = CronDays.parse(fields[2], fields[4], DAYS);
    boolean wildcard = fields[0].startsWith("*") || fields[1].startsWith("*");
    return new Cron(expression.trim(), minutes, hours, days, months, wildcard);
  }

  /** Whether the expression fires on {@code date} (at some time of it). */
  public boolean firesOn(LocalDate date) {
    return months.get(date.getMonthValue()) && days.matches(date);
  }

  /** Whether minute or hour starts with {@code *}: how daylight saving changes treat it. */
  public boolean isWildcard() {
    return wildcard;
  }

  /**
   * The instants the expression fires at in {@code zone} after {@code after} up to and including
   * {@code until}, in order, at most {@code limit} (the earliest ones).
   */
  public List<Instant> firings(ZoneId zone, Instant after, Instant until, int limit) {
    ZoneRules rules = zone.getRules();
    TreeSet<Instant> found = new TreeSet<>();
    LocalDate last = LocalDate.ofInstant(until, zone).plusDays(1);
    // A day earlier: the autumn repeat or a DST shift can move a local time across midnight.
    for (LocalDate date = LocalDate.ofInstant(after, zone).minusDays(1);
        !date.isAfter(last) && found.size() < limit;
        date = date.plusDays(1)) {
      if (firesOn(date)) {
        day(rules, date, after, until, found);
      }
    }
    List<Instant> ordered = new ArrayList<>(found);
    return ordered.subList(0, Math.min(limit, ordered.size()));
  }

  private void day(
      ZoneRules rules, LocalDate date, Instant after, Instant until, TreeSet<Instant> found) {
    for (int hour = hours.nextSetBit(0); hour >= 0; hour = hours.nextSetBit(hour + 1)) {
      for (int minute = minutes.nextSetBit(0);
          minute >= 0;
          minute = minutes.nextSetBit(minute + 1)) {
        LocalDateTime local = date.atTime(hour, minute);
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        List<Instant> at = new ArrayList<>(2);
        if (offsets.size() == 1) {
          at.add(local.toInstant(offsets.get(0)));
        } else if (offsets.isEmpty()) {
          if (!wildcard) {
            at.add(rules.getTransition(local).getInstant());
          }
        } else {
          at.add(local.toInstant(offsets.get(0)));
          if (wildcard) {
            at.add(local.toInstant(offsets.get(1)));
          }
        }
        for (Instant instant : at) {
          if (instant.isAfter(after) && !instant.isAfter(until)) {
            found.add(instant);
          }
        }
      }
    }
  }

  @Override
  public String toString() {
    return expression;
  }
}

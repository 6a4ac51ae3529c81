package com.collector.portal.platform.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * The day fields of a cron expression: day-of-month (values, {@code L}, {@code L-n}, {@code LW},
 * {@code nW}) and day-of-week (0–7 or names, Sunday twice; {@code nL}, {@code n#k}), combined by
 * Vixie cron's rule: when either starts with {@code *} (or {@code ?}) a day must match both, else
 * either.
 */
final class CronDays {

  private final Predicate<LocalDate> dayOfMonth;
  private final Predicate<LocalDate> dayOfWeek;
  private final boolean both;

  private CronDays(Predicate<LocalDate> dayOfMonth, Predicate<LocalDate> dayOfWeek, boolean both) {
    this.dayOfMonth = dayOfMonth;
    this.dayOfWeek = dayOfWeek;
    this.both = both;
  }

  static CronDays parse(String monthField, String weekField, String[] dayNames) {
    boolean monthStar = monthField.startsWith("*") || monthField.startsWith("?");
    boolean weekStar = weekField.startsWith("*") || weekField.startsWith("?");
    return new CronDays(
        dayOfMonth(monthField), dayOfWeek(weekField, dayNames), monthStar || weekStar);
  }

  boolean matches(LocalDate date) {
    return both
        ? dayOfMonth.test(date) && dayOfWeek.test(date)
        : dayOfMonth.test(date) || dayOfWeek.test(date);
  }

  private static Predicate<LocalDate> dayOfMonth(String field) {
    String name = "day-of-month";
    if (field.equals("?")) {
      return date -> true;
    }
    List<Predicate<LocalDate>> any = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    for (String item : field.split(",", -1)) {
      if (item.equals("L")) {
        any.add(date -> date.getDayOfMonth() == date.lengthOfMonth());
      } else if (item.startsWith("L-")) {
        int before = CronField.number(name, item.substring(2), 0, 30, null, 0);
        any.add(date -> date.getDayOfMonth() == date.lengthOfMonth() - before);
      } else if (item.equals("LW")) {
        any.add(date -> date.getDayOfMonth() == weekdayNear(date, date.lengthOfMonth()));
      } else if (item.endsWith("W")) {
        int day = CronField.number(name, item.substring(0, item.length() - 1), 1, 31, null, 0);
        any.add(
            date -> day <= date.lengthOfMonth() && date.getDayOfMonth() == weekdayNear(date, day));
      } else {
        plain.add(item);
      }
    }
    if (!plain.isEmpty()) {
      BitSet days = CronField.plain(name, String.join(",", plain), 1, 31, null);
      any.add(date -> days.get(date.getDayOfMonth()));
    }
    return date -> any.stream().anyMatch(p -> p.test(date));
  }

  /** The weekday nearest {@code day} of the date's month, not leaving the month. */
  private static int weekdayNear(LocalDate date, int day) {
    LocalDate target = date.withDayOfMonth(day);
    return switch (target.getDayOfWeek()) {
      case SATURDAY -> day == 1 ? 3 : day - 1;
      case SUNDAY -> day == target.lengthOfMonth() ? day - 2 : day + 1;
      default -> day;
    };
  }

  private static Predicate<LocalDate> dayOfWeek(String field, String[] names) {
    String name = "day-of-week";
    if (field.equals("?")) {
      return date -> true;
    }
    List<Predicate<LocalDate>> any = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    for (String item : field.split(",", -1)) {
      int hash = item.indexOf('#');
      if (item.length() > 1 && item.endsWith("L")) {
        DayOfWeek day =
            day(CronField.number(name, item.substring(0, item.length() - 1), 0, 7, names, 0));
        any.add(
            date -> date.getDayOfWeek() == day && date.plusWeeks(1).getMonth() != date.getMonth());
      } else if (hash > 0) {
        DayOfWeek day = day(CronField.number(name, item.substring(0, hash), 0, 7, names, 0));
        int nth = CronField.number(name, item.substring(hash + 1), 1, 5, null, 0);
        any.add(date -> date.getDayOfWeek() == day && (date.getDayOfMonth() - 1) / 7 + 1 == nth);
      } else {
        plain.add(item);
      }
    }
    if (!plain.isEmpty()) {
      BitSet days = CronField.plain(name, String.join(",", plain), 0, 7, names);
      if (days.get(7)) {
        days.set(0);
      }
      any.add(date -> days.get(date.getDayOfWeek().getValue() % 7));
    }
    return date -> any.stream().anyMatch(p -> p.test(date));
  }

  private static DayOfWeek day(int cron) {
    return cron % 7 == 0 ? DayOfWeek.SUNDAY : DayOfWeek.of(cron);
  }
}

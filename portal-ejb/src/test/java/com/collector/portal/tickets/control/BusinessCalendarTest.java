package com.collector.portal.tickets.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private final BusinessCalendar cut =
      BusinessCalendar.parse("MON-FRI 08:00-18:00", "Europe/Brussels", "2026-12-25");

  @Test
  void workingTimeWithinADayIsPlainTime() {
    assertThat(cut.plus(at(2026, 12, 3, 9, 0), Duration.ofHours(2)))
        .isEqualTo(at(2026, 12, 3, 11, 0));
    assertThat(cut.between(at(2026, 12, 3, 9, 0), at(2026, 12, 3, 11, 30)))
        .isEqualTo(Duration.ofMinutes(150));
  }

  @Test
  void timeOutsideWorkingHoursDoesNotCount() {
    // Thursday 17:00 + 2 h: one hour on Thursday, one on Friday morning.
    assertThat(cut.plus(at(2026, 12, 3, 17, 0), Duration.ofHours(2)))
        .isEqualTo(at(2026, 12, 4, 9, 0));
    // Opened at night: the clock starts when the office opens.
    assertThat(cut.plus(at(2026, 12, 3, 22, 0), Duration.ofHours(1)))
        .isEqualTo(at(2026, 12, 4, 9, 0));
    assertThat(cut.between(at(2026, 12, 3, 18, 0), at(2026, 12, 4, 8, 0))).isZero();
  }

  @Test
  void weekendsAndHolidaysAreSkipped() {
    // Friday 16:00 + 4 h: two hours on Friday, two on Monday.
    assertThat(cut.plus(at(2026, 12, 4, 16, 0), Duration.ofHours(4)))
        .isEqualTo(at(2026, 12, 7, 10, 0));
    // Thursday 24 December 17:00 + 2 h: Christmas (Friday) is a holiday, so Monday 28th.
    assertThat(cut.plus(at(2026, 12, 24, 17, 0), Duration.ofHours(2)))
        .isEqualTo(at(2026, 12, 28, 9, 0));
    assertThat(cut.between(at(2026, 12, 24, 17, 0), at(2026, 12, 28, 9, 0)))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void aWholeDayCalendarCountsEveryHourAcrossDaylightSavingTime() {
    BusinessCalendar always = BusinessCalendar.parse("MON-SUN 00:00-24:00", "Europe/Brussels", "");
    // The night clocks go back (25 October 2026) has 25 hours.
    Instant saturdayNoon = at(2026, 10, 24, 12, 0);
    assertThat(always.plus(saturdayNoon, Duration.ofHours(25)))
        .isEqualTo(saturdayNoon.plus(Duration.ofHours(25)));
    assertThat(always.between(saturdayNoon, saturdayNoon.plus(Duration.ofHours(49))))
        .isEqualTo(Duration.ofHours(49));
  }

  @Test
  void unreadableCalendarsAreRefused() {
    assertThatThrownBy(() -> BusinessCalendar.parse("weekdays", "Europe/Brussels", ""))
        .hasMessageContaining("MON-FRI 08:00-18:00");
    assertThatThrownBy(() -> BusinessCalendar.parse("MON-FRI 18:00-08:00", "Europe/Brussels", ""))
        .hasMessageContaining("end after");
    assertThatThrownBy(() -> BusinessCalendar.parse("MON-FRI 08:00-18:00", "Mars/Olympus", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BusinessCalendar.parse("MON-FRI 08:00-18:00", "UTC", "25/12"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Instant at(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, BRUSSELS).toInstant();
  }
}

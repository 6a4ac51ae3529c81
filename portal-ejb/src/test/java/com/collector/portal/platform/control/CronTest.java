package com.collector.portal.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CronTest {

  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  /** The firings in UTC between two UTC local times, as text. */
  private static List<String> utc(String cron, String after, String until) {
    return Cron.parse(cron)
        .firings(
            ZoneOffset.UTC,
            LocalDateTime.parse(after).toInstant(ZoneOffset.UTC),
            LocalDateTime.parse(until).toInstant(ZoneOffset.UTC),
            1000)
        .stream()
        .map(i -> LocalDateTime.ofInstant(i, ZoneOffset.UTC).toString())
        .toList();
  }

  private static List<String> brussels(String cron, String afterUtc, String untilUtc) {
    return Cron.parse(cron)
        .firings(BRUSSELS, Instant.parse(afterUtc), Instant.parse(untilUtc), 1000)
        .stream()
        .map(Instant::toString)
        .toList();
  }

  private static List<LocalDate> daysOf(String cron, String month) {
    Cron parsed = Cron.parse(cron);
    LocalDate first = LocalDate.parse(month + "-01");
    return first.datesUntil(first.plusMonths(1)).filter(parsed::firesOn).toList();
  }

  @Test
  void everyMinuteFiresAfterTheStartUpToTheEndIncluded() {
    assertThat(utc("* * * * *", "2026-01-05T10:00", "2026-01-05T10:03"))
        .containsExactly("2026-01-05T10:01", "2026-01-05T10:02", "2026-01-05T10:03");
  }

  @Test
  void valuesListsRangesAndSteps() {
    assertThat(utc("5,20-22 9 * * *", "2026-01-05T00:00", "2026-01-05T23:59"))
        .containsExactly(
            "2026-01-05T09:05", "2026-01-05T09:20", "2026-01-05T09:21", "2026-01-05T09:22");
    assertThat(utc("*/15 10 * * *", "2026-01-05T00:00", "2026-01-05T23:59"))
        .containsExactly(
            "2026-01-05T10:00", "2026-01-05T10:15", "2026-01-05T10:30", "2026-01-05T10:45");
    assertThat(utc("10-30/10 10 * * *", "2026-01-05T00:00", "2026-01-05T23:59"))
        .containsExactly("2026-01-05T10:10", "2026-01-05T10:20", "2026-01-05T10:30");
    assertThat(utc("50/5 10 * * *", "2026-01-05T00:00", "2026-01-05T23:59"))
        .containsExactly("2026-01-05T10:50", "2026-01-05T10:55");
    assertThat(utc("0 */8 * * *", "2026-01-05T00:00", "2026-01-05T23:59"))
        .containsExactly("2026-01-05T08:00", "2026-01-05T16:00");
    assertThat(utc("0 0 1 */4 *", "2026-01-01T00:00", "2026-12-31T00:00"))
        .containsExactly("2026-05-01T00:00", "2026-09-01T00:00");
  }

  @Test
  void monthAndDayNames() {
    assertThat(utc("0 6 1 JAN,jul *", "2026-01-01T00:00", "2027-01-01T00:00"))
        .containsExactly("2026-01-01T06:00", "2026-07-01T06:00");
    assertThat(daysOf("0 6 * * MON-FRI", "2026-02"))
        .hasSize(20)
        .allMatch(d -> d.getDayOfWeek().getValue() <= 5);
    assertThat(daysOf("0 6 * * 0", "2026-02")).isEqualTo(daysOf("0 6 * * 7", "2026-02"));
    assertThat(daysOf("0 6 * * 5-7", "2026-02"))
        .extracting(LocalDate::getDayOfMonth)
        .containsExactly(1, 6, 7, 8, 13, 14, 15, 20, 21, 22, 27, 28);
  }

  @Test
  void bothDayFieldsRestrictedFireOnEitherOneStarredMeansBoth() {
    // The 13th or any Friday (February 2026: Fridays 6, 13, 20, 27).
    assertThat(daysOf("0 0 13 * 5", "2026-02"))
        .extracting(LocalDate::getDayOfMonth)
        .containsExactly(6, 13, 20, 27);
    assertThat(daysOf("0 0 1,15 * 1", "2026-02"))
        .extracting(LocalDate::getDayOfMonth)
        .containsExactly(1, 2, 9, 15, 16, 23);
    // A starred day-of-month (even with a step) makes it "and".
    assertThat(daysOf("0 0 */2 * 1", "2026-02"))
        .extracting(LocalDate::getDayOfMonth)
        .containsExactly(9, 23);
    assertThat(daysOf("0 0 ? * 1", "2026-02"))
        .extracting(LocalDate::getDayOfMonth)
        .containsExactly(2, 9, 16, 23);
    assertThat(daysOf("0 0 10 * ?", "2026-02"))
        .extracting(LocalDate::getDayOfMonth)
        .containsExactly(10);
  }

  @Test
  void lastDaysWeekdaysAndNthDays() {
    assertThat(daysOf("0 0 L * *", "2028-02"))
        .extracting(LocalDate::getDayOfMonth)
        .containsExactly(29);
    assertThat(daysOf("0 0 L-2 * *", "2026-04"))
        .extracting(LocalDate::getDayOfMonth)
        .containsExactly(28);
    // 31 January 2026 is a Saturday: its last weekday is Friday the 30th.
    assertThat(daysOf("0 0 LW * *", "2026-01"))
        .extracting(LocalDate::getDayOfMonth)
        .containsExactly(30);
    // 1 August 2026 is a Saturday: the nearest weekday within the month is Monday the 3rd.
    assertThat(daysOf("0 0 1W * *", "2026-08"))
        .extracting(LocalDate::getDayOfMonth)
        .containsExactly(3);
    // 15 February 2026 is a Sunday: Monday the 16th.
    assertThat(daysOf("0 0 15W * *", "2026-02"))
        .extracting(LocalDate::getDayOfMonth)
        .containsExactly(16);
    assertThat(daysOf("0 0 31W * *", "2026-02")).isEmpty();
    assertThat(daysOf("0 0 ? * 5L", "2026-02"))
        .extracting(LocalDate::getDayOfMonth)
        .containsExactly(27);
    assertThat(daysOf("0 0 ? * FRIL", "2026-02"))
        .extracting(LocalDate::getDayOfMonth)
        .containsExactly(27);
    assertThat(daysOf("0 0 ? * 1#2", "2026-02"))
        .extracting(LocalDate::getDayOfMonth)
        .containsExactly(9);
    assertThat(daysOf("0 0 ? * 0#5", "2026-03"))
        .extracting(LocalDate::getDayOfMonth)
        .containsExactly(29);
    assertThat(daysOf("0 0 ? * 0#5", "2026-02")).isEmpty();
  }

  @Test
  void springGapFiresAFixedTimeOnceAtTheChangeAndSkipsWildcardSlots() {
    // 29 March 2026 in Brussels: 02:00 CET becomes 03:00 CEST (01:00 UTC).
    assertThat(brussels("30 2 * * *", "2026-03-28T12:00:00Z", "2026-03-30T12:00:00Z"))
        .containsExactly("2026-03-29T01:00:00Z", "2026-03-30T00:30:00Z");
    assertThat(brussels("0,30 2 * * *", "2026-03-29T00:00:00Z", "2026-03-29T12:00:00Z"))
        .containsExactly("2026-03-29T01:00:00Z");
    assertThat(brussels("*/30 * * * *", "2026-03-29T00:15:00Z", "2026-03-29T01:45:00Z"))
        .as("01:30 CET, then 03:00 and 03:30 CEST: no 02:xx")
        .containsExactly("2026-03-29T00:30:00Z", "2026-03-29T01:00:00Z", "2026-03-29T01:30:00Z");
  }

  @Test
  void autumnOverlapFiresAFixedTimeOnceAndAWildcardTwice() {
    // 25 October 2026 in Brussels: 03:00 CEST becomes 02:00 CET (01:00 UTC); 02:xx happens twice.
    assertThat(brussels("30 2 * * *", "2026-10-24T12:00:00Z", "2026-10-26T12:00:00Z"))
        .containsExactly("2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z");
    assertThat(brussels("0 * * * *", "2026-10-24T23:30:00Z", "2026-10-25T02:30:00Z"))
        .as("01:00 CEST, 02:00 CEST, 02:00 CET, 03:00 CET")
        .containsExactly("2026-10-25T00:00:00Z", "2026-10-25T01:00:00Z", "2026-10-25T02:00:00Z");
    assertThat(brussels("15 * * * *", "2026-10-24T23:00:00Z", "2026-10-25T02:00:00Z"))
        .containsExactly("2026-10-24T23:15:00Z", "2026-10-25T00:15:00Z", "2026-10-25T01:15:00Z");
  }

  @Test
  void fixedTimesFollowTheZonesOffsetThroughTheYear() {
    assertThat(brussels("0 9 * * *", "2026-01-10T00:00:00Z", "2026-01-10T23:00:00Z"))
        .containsExactly("2026-01-10T08:00:00Z");
    assertThat(brussels("0 9 * * *", "2026-07-10T00:00:00Z", "2026-07-10T23:00:00Z"))
        .containsExactly("2026-07-10T07:00:00Z");
  }

  @Test
  void theLimitKeepsTheEarliest() {
    assertThat(
            Cron.parse("* * * * *")
                .firings(
                    ZoneOffset.UTC,
                    Instant.parse("2026-01-01T00:00:00Z"),
                    Instant.parse("2026-01-08T00:00:00Z"),
                    3))
        .containsExactly(
            Instant.parse("2026-01-01T00:01:00Z"),
            Instant.parse("2026-01-01T00:02:00Z"),
            Instant.parse("2026-01-01T00:03:00Z"));
  }

  @Test
  void mistakesAreNamed() {
    assertThatThrownBy(() -> Cron.parse("* * * *")).hasMessageContaining("five fields");
    assertThatThrownBy(() -> Cron.parse("60 * * * *"))
        .hasMessageContaining("minute has 60, outside 0-59");
    assertThatThrownBy(() -> Cron.parse("0 24 * * *")).hasMessageContaining("hour");
    assertThatThrownBy(() -> Cron.parse("0 0 0 * *")).hasMessageContaining("day-of-month");
    assertThatThrownBy(() -> Cron.parse("0 0 * 13 *")).hasMessageContaining("month");
    assertThatThrownBy(() -> Cron.parse("0 0 * FOO *")).hasMessageContaining("month has 'FOO'");
    assertThatThrownBy(() -> Cron.parse("0 0 * * 8")).hasMessageContaining("day-of-week");
    assertThatThrownBy(() -> Cron.parse("30-10 * * * *")).hasMessageContaining("backwards");
    assertThatThrownBy(() -> Cron.parse("*/0 * * * *")).hasMessageContaining("minute");
    assertThatThrownBy(() -> Cron.parse("1,,2 * * * *")).hasMessageContaining("empty");
    assertThatThrownBy(() -> Cron.parse("0 0 ? * 1#6")).hasMessageContaining("day-of-week");
    assertThatThrownBy(() -> Cron.parse(null)).hasMessageContaining("missing");
  }
}

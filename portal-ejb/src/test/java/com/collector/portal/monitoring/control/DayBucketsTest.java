package com.collector.portal.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.monitoring.control.DayBuckets.RunDay;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayBucketsTest {

  private static final LocalDate FIRST = LocalDate.of(2026, 11, 29);
  private static final LocalDate LAST = LocalDate.of(2026, 12, 2);

  @Test
  void everyDayOfThePeriodGetsABarAlsoTheDaysWithoutRuns() {
    List<RunDay> days =
        DayBuckets.fill(
            FIRST,
            LAST,
            List.of(
                new Object[] {java.sql.Date.valueOf("2026-11-30"), "success", 3L},
                new Object[] {java.sql.Date.valueOf("2026-11-30"), "failure", 2L},
                new Object[] {java.sql.Date.valueOf("2026-12-02"), "partial", 1}));

    assertThat(days)
        .containsExactly(
            new RunDay(LocalDate.of(2026, 11, 29), 0, 0, 0),
            new RunDay(LocalDate.of(2026, 11, 30), 3, 2, 0),
            new RunDay(LocalDate.of(2026, 12, 1), 0, 0, 0),
            new RunDay(LocalDate.of(2026, 12, 2), 0, 0, 1));
    assertThat(days.get(1).total()).isEqualTo(5);
  }

  @Test
  void rowsOutsideThePeriodOrOfUnknownResultsAreLeftOut() {
    List<RunDay> days =
        DayBuckets.fill(
            FIRST,
            FIRST,
            List.of(
                new Object[] {LocalDate.of(2026, 11, 28), "success", 9L},
                new Object[] {LocalDate.of(2026, 11, 30), "success", 9L},
                new Object[] {FIRST, "skipped", 9L},
                new Object[] {FIRST, null, 9L},
                new Object[] {FIRST, "failure", 4L}));

    assertThat(days).containsExactly(new RunDay(FIRST, 0, 4, 0));
  }

  @Test
  void anEmptyAnswerIsAPeriodOfZeros() {
    assertThat(DayBuckets.fill(FIRST, LAST, List.of()))
        .hasSize(4)
        .allSatisfy(day -> assertThat(day.total()).isZero());
  }
}

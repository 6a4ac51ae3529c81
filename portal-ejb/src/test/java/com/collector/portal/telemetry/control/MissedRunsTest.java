package com.collector.portal.telemetry.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MissedRunsTest {

  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

  private static Instant ago(String duration) {
    return NOW.minus(Duration.parse(duration));
  }

  @Test
  void aCheckGoesOnWhereTheLastStopped() {
    assertThat(MissedRuns.checkFrom(ago("PT2H"), ago("P3D"), null, NOW)).isEqualTo(ago("PT2H"));
  }

  @Test
  void aFirstCheckStartsAtTheEnrollmentOrTheSchedulesRevisionWhicheverIsLater() {
    Instant enrolled = ago("P3D");
    assertThat(MissedRuns.checkFrom(enrolled, enrolled, ago("P5D"), NOW)).isEqualTo(enrolled);
    assertThat(MissedRuns.checkFrom(enrolled, enrolled, ago("P1D"), NOW)).isEqualTo(ago("P1D"));
  }

  @Test
  void aChangedScheduleIsNotHeldToSlotsBeforeItsRevision() {
    assertThat(MissedRuns.checkFrom(ago("PT3H"), ago("P30D"), ago("PT1H"), NOW))
        .isEqualTo(ago("PT1H"));
  }

  @Test
  void neverMoreThanAWeekBack() {
    assertThat(MissedRuns.checkFrom(ago("P40D"), ago("P60D"), null, NOW)).isEqualTo(ago("P7D"));
  }

  @Test
  void theNextCheckIsTheNextSlotPlusTheTolerance() {
    RunSchedule hourly =
        RunSchedule.of(
            "{\"general\":{\"schedule\":[{\"cron\":\"0 * * * *\",\"timeZone\":\"UTC\"}]}}");
    assertThat(
            MissedRuns.nextCheck(
                hourly, Instant.parse("2026-12-07T10:00:00Z"), Duration.ofMinutes(60)))
        .isEqualTo(Instant.parse("2026-12-07T12:00:00Z"));
    assertThat(MissedRuns.nextCheck(RunSchedule.of("{}"), NOW, Duration.ofMinutes(60))).isNull();
    RunSchedule never =
        RunSchedule.of(
            "{\"general\":{\"schedule\":[{\"cron\":\"0 0 30 2 *\",\"timeZone\":\"UTC\"}]}}");
    assertThat(MissedRuns.nextCheck(never, NOW, Duration.ofMinutes(60)))
        .isEqualTo(NOW.plus(Duration.ofDays(1)));
  }
}

package com.collector.portal.telemetry.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunScheduleTest {

  @Test
  void entriesInTheirZonesMakeOrderedSlotsAndUnreadableOnesAreLeftOut() {
    RunSchedule schedule =
        RunSchedule.of(
            ("{'general':{'schedule':[{'cron':'0 9 * * *','timeZone':'Europe/Brussels'},"
                    + "{'cron':'30 8 * * *','timeZone':'UTC','plugin':'odbc'},"
                    + "{'cron':'61 * * * *','timeZone':'UTC'},"
                    + "{'cron':'0 9 * * *','timeZone':'Mars/Olympus'}]}}")
                .replace('\'', '"'));
    assertThat(
            schedule.slots(
                Instant.parse("2026-01-10T00:00:00Z"), Instant.parse("2026-01-11T00:00:00Z"), 10))
        .containsExactly(
            new RunSchedule.Slot(Instant.parse("2026-01-10T08:00:00Z"), null),
            new RunSchedule.Slot(Instant.parse("2026-01-10T08:30:00Z"), "odbc"));
    assertThat(schedule.isEmpty()).isFalse();
  }

  @Test
  void noScheduleIsEmpty() {
    assertThat(RunSchedule.of("{}").isEmpty()).isTrue();
    assertThat(RunSchedule.of("{\"general\":{\"language\":\"fr\"}}").text()).isEmpty();
    assertThat(RunSchedule.of((String) null).slots(Instant.EPOCH, Instant.now(), 5)).isEmpty();
  }

  @Test
  void theSameSlotTwiceIsOne() {
    RunSchedule schedule =
        RunSchedule.of(
            ("{'general':{'schedule':[{'cron':'0 8 * * *','timeZone':'UTC'},"
                    + "{'cron':'0 8 * * MON-SUN','timeZone':'UTC'}]}}")
                .replace('\'', '"'));
    assertThat(
            schedule.slots(
                Instant.parse("2026-01-10T00:00:00Z"), Instant.parse("2026-01-11T00:00:00Z"), 10))
        .hasSize(1);
  }
}

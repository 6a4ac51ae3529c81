package com.collector.portal.telemetry.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissedSlotsTest {

  private static final Duration HOUR = Duration.ofHours(1);

  private static Instant at(String time) {
    return Instant.parse("2026-03-02T" + time + ":00Z");
  }

  private static RunSchedule.Slot slot(String time) {
    return new RunSchedule.Slot(at(time), null);
  }

  private static MissedSlots.Run run(String time, String plugin) {
    return new MissedSlots.Run(at(time), plugin);
  }

  @Test
  void aRunFromTheSlotToTheToleranceAfterKeepsIt() {
    MissedSlots.Outcome outcome =
        MissedSlots.judge(
            List.of(slot("01:00"), slot("02:00"), slot("03:00"), slot("04:00")),
            List.of(run("01:00", "odbc"), run("03:00", "odbc"), run("05:00", "odbc")),
            HOUR,
            0);
    // The 03:00 run is exactly the tolerance after 02:00 and keeps it as well as 03:00.
    assertThat(outcome.missed()).isEmpty();
    assertThat(outcome.inRow()).isZero();
  }

  @Test
  void slotsWithoutARunInTheirWindowAreMissedAndCountedInARow() {
    MissedSlots.Outcome outcome =
        MissedSlots.judge(
            List.of(slot("01:00"), slot("03:00"), slot("05:00"), slot("07:00")),
            List.of(run("00:59", "odbc"), run("01:30", "odbc"), run("04:01", "odbc")),
            HOUR,
            1);
    assertThat(outcome.missed())
        .extracting(RunSchedule.Slot::at)
        .containsExactly(at("03:00"), at("05:00"), at("07:00"));
    assertThat(outcome.inRow()).isEqualTo(3);
    assertThat(outcome.lastMissed()).isEqualTo(at("07:00"));
  }

  @Test
  void aKeptSlotEndsTheStreakCarriedIn() {
    MissedSlots.Outcome outcome =
        MissedSlots.judge(
            List.of(slot("01:00"), slot("02:00")), List.of(run("01:10", "x")), HOUR, 5);
    assertThat(outcome.inRow()).isEqualTo(1);
    assertThat(outcome.lastMissed()).isEqualTo(at("02:00"));
    assertThat(
            MissedSlots.judge(List.of(slot("01:00")), List.of(run("01:10", "x")), HOUR, 5).inRow())
        .isZero();
    assertThat(MissedSlots.judge(List.of(), List.of(), HOUR, 5).inRow())
        .as("nothing decided leaves the streak as it was")
        .isEqualTo(5);
  }

  @Test
  void aSlotForAPluginNeedsThatPluginsRun() {
    RunSchedule.Slot odbc = new RunSchedule.Slot(at("01:00"), "odbc");
    RunSchedule.Slot exact = new RunSchedule.Slot(at("01:00"), "exact-online");
    MissedSlots.Outcome outcome =
        MissedSlots.judge(List.of(odbc, exact), List.of(run("01:05", "odbc")), HOUR, 0);
    assertThat(outcome.missed()).containsExactly(exact);
  }

  @Test
  void runsAtTheSameInstantAsTheSlotAreFoundWhicheverComesFirst() {
    List<MissedSlots.Run> runs = List.of(run("01:00", "a"), run("01:00", "b"), run("01:00", "c"));
    assertThat(
            MissedSlots.judge(List.of(new RunSchedule.Slot(at("01:00"), "a")), runs, HOUR, 0)
                .missed())
        .isEmpty();
  }
}

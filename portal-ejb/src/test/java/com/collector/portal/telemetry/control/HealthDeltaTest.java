package com.collector.portal.telemetry.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.telemetry.control.IntakeCounters.Intake;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HealthDeltaTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  private static final Intake ONE = new Intake(1, 0, 0, 0);

  @Test
  void failuresInARowContinueTheStreakUntilASuccess() {
    HealthDelta.Runs failing =
        delta(run("a", "failure", 1, "E1"), run("a", "failure", 2, "E2")).runs();
    HealthDelta.Runs recovering =
        delta(run("a", "failure", 1, "E1"), run("a", "success", 2, null)).runs();
    HealthDelta.Runs relapsing =
        delta(run("a", "success", 1, null), run("a", "failure", 2, "E3")).runs();

    assertThat(failing.failuresAfter(2)).isEqualTo(4);
    assertThat(recovering.failuresAfter(2)).isZero();
    assertThat(relapsing.failuresAfter(5)).isEqualTo(1);
    assertThat(failing.errorCode()).isEqualTo("E2");
    assertThat(recovering.errorCode()).as("the latest failure's code").isEqualTo("E1");
    assertThat(delta(run("a", "success", 1, "X")).runs().setsErrorCode()).isFalse();
  }

  @Test
  void runsCountInTheOrderTheyHappenedNotTheOrderSent() {
    HealthDelta delta = delta(run("a", "success", 5, null), run("a", "failure", 1, "E1"));

    assertThat(delta.runs().failuresAfter(3)).isZero();
    assertThat(delta.runs().lastRunAt()).isEqualTo(NOW.plusSeconds(5));
    assertThat(delta.runs().lastSuccessAt()).isEqualTo(NOW.plusSeconds(5));
  }

  @Test
  void anErrorGroupKeepsTheMessageOfItsLatestOccurrence() {
    HealthDelta sentLate = delta(error(5, "newer"), error(2, "older"));
    HealthDelta later = delta(error(9, "latest"));
    HealthDelta earlier = delta(error(1, "oldest"));

    assertThat(sentLate.errors().get("fp").message()).isEqualTo("newer");
    assertThat(sentLate.then(later).errors().get("fp").message()).isEqualTo("latest");
    assertThat(sentLate.then(earlier).errors().get("fp").message()).isEqualTo("newer");
    assertThat(sentLate.then(earlier).errors().get("fp").occurrences()).isEqualTo(3);
  }

  private static TelemetryEvent error(int second, String message) {
    return event(
        EventType.APP_ERROR,
        NOW.plusSeconds(second),
        null,
        null,
        null,
        new TelemetryEvent.AppError("fp", "IOException", "at X", message));
  }

  /** Folding several deltas at once must leave health as folding them one by one would. */
  @Test
  void mergedDeltasEqualTheirEventsInOneBatch() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      List<List<TelemetryEvent>> batches = new ArrayList<>();
      List<TelemetryEvent> all = new ArrayList<>();
      int second = 0;
      for (int b = 0; b < 1 + random.nextInt(4); b++) {
        List<TelemetryEvent> batch = new ArrayList<>();
        for (int e = 0; e < random.nextInt(5); e++) {
          batch.add(randomEvent(random, second++));
        }
        batches.add(batch);
        all.addAll(batch);
      }
      HealthDelta merged = null;
      for (List<TelemetryEvent> batch : batches) {
        HealthDelta next = HealthDelta.of(batch, ONE, NOW);
        merged = merged == null ? next : merged.then(next);
      }
      HealthDelta whole = HealthDelta.of(all, new Intake(batches.size(), 0, 0, 0), NOW);

      assertThat(merged).as("round %d: %s", round, all).isEqualTo(whole);
    }
  }

  @Test
  void survivesItsJson() {
    Random random = new Random(11);
    List<TelemetryEvent> events = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      events.add(randomEvent(random, i));
    }
    HealthDelta delta = HealthDelta.of(events, new Intake(40, 2, 1, 0), NOW);

    assertThat(HealthDeltaJson.read(HealthDeltaJson.write(delta))).isEqualTo(delta);
    assertThat(delta.intake())
        .isEqualTo(Map.of(LocalDate.of(2026, 12, 3), new Intake(40, 2, 1, 0)));
  }

  @Test
  void aBatchWithoutStoredEventsOnlyCounts() {
    HealthDelta delta = HealthDelta.of(List.of(), new Intake(0, 3, 1, 0), NOW);

    assertThat(delta.lastSeen()).isNull();
    assertThat(delta.runs()).isNull();
    assertThat(HealthDeltaJson.read(HealthDeltaJson.write(delta))).isEqualTo(delta);
  }

  private static HealthDelta delta(TelemetryEvent... events) {
    return HealthDelta.of(List.of(events), ONE, NOW);
  }

  private static TelemetryEvent randomEvent(Random random, int second) {
    Instant at = NOW.plusSeconds(second);
    return switch (random.nextInt(5)) {
      case 0 ->
          event(
              EventType.SESSION_START,
              at,
              null,
              null,
              random.nextBoolean() ? "4.2." + second : null,
              null);
      case 1 ->
          event(
              EventType.UPDATE_RESULT,
              at,
              null,
              random.nextBoolean() ? "success" : "failure",
              null,
              null);
      case 2 ->
          event(
              EventType.APP_ERROR,
              at,
              null,
              null,
              random.nextBoolean() ? "4.1" : null,
              new TelemetryEvent.AppError(
                  "fp" + random.nextInt(3), "IOException", "at X", "m" + second));
      default ->
          run(
              "p" + random.nextInt(2),
              random.nextInt(3) == 0 ? "failure" : random.nextBoolean() ? "success" : "partial",
              second,
              random.nextBoolean() ? "E" + second : null);
    };
  }

  private static TelemetryEvent run(String plugin, String result, int second, String code) {
    return new TelemetryEvent(
        "r" + second,
        EventType.EXTRACTION_RUN,
        NOW.plusSeconds(second),
        plugin,
        result,
        null,
        null,
        null,
        null,
        code,
        null,
        null,
        null,
        null,
        "{}");
  }

  private static TelemetryEvent event(
      EventType type,
      Instant at,
      String plugin,
      String result,
      String app,
      TelemetryEvent.AppError error) {
    return new TelemetryEvent(
        "e" + at.getEpochSecond(),
        type,
        at,
        plugin,
        result,
        app,
        null,
        null,
        null,
        null,
        type == EventType.SESSION_START ? Map.of("x", "1.0") : null,
        type == EventType.SESSION_START ? "Windows" : null,
        null,
        error,
        "{}");
  }
}

package com.collector.portal.telemetry.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunStreakTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  @Test
  void failuresInARowEndWithASuccess() {
    Instant at = NOW;
    TelemetryEvent failed = run("failure", at);
    TelemetryEvent ok = run("success", at);

    assertThat(RunStreak.after(2, java.util.List.of(failed, failed))).isEqualTo(4);
    assertThat(RunStreak.after(2, java.util.List.of(failed, ok))).isZero();
    assertThat(RunStreak.after(0, java.util.List.of(ok, failed))).isEqualTo(1);
  }

  private static TelemetryEvent run(String result, Instant at) {
    return new TelemetryEvent(
        "r",
        EventType.EXTRACTION_RUN,
        at,
        "p",
        result,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "{}");
  }
}

package com.collector.portal.telemetry.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCopyTest {

  @Test
  void textIsEscapedSoThatCopyReadsItBackAsSent() {
    assertThat(EventCopy.text(new StringBuilder(), "a\\b\tc\nd\re \"é\"").toString())
        .isEqualTo("a\\\\b\\tc\\nd\\re \"é\"");
    assertThat(EventCopy.text(new StringBuilder(), null).toString()).isEqualTo("\\N");
  }

  @Test
  void oneLineARowInTheColumnsOrder() {
    TelemetryEvent run =
        new TelemetryEvent(
            "r-1",
            EventType.EXTRACTION_RUN,
            Instant.parse("2026-12-03T09:00:00.5Z"),
            "exact-online",
            "failure",
            null,
            10L,
            null,
            900L,
            "E\t42",
            null,
            null,
            null,
            null,
            "{\"id\":\"r-1\",\"message\":\"a\\\\nb\"}");

    String rows =
        new String(
            EventCopy.rows(7, "/1/2/", Instant.parse("2026-12-03T10:00:00Z"), List.of(run, run)),
            StandardCharsets.UTF_8);

    String line =
        "7\tr-1\t2026-12-03T09:00:00.500000000Z\t2026-12-03T10:00:00.000000000Z\t/1/2/\textraction_run"
            + "\texact-online\tfailure\t\\N\t10\t\\N\t900\tE\\t42\t\\N"
            + "\t{\"id\":\"r-1\",\"message\":\"a\\\\\\\\nb\"}\n";
    assertThat(rows).isEqualTo(line + line);
    assertThat(EventCopy.COLUMNS.split(",")).hasSize(15);
  }
}

package com.collector.portal.telemetry.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EventReaderTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  private final EventReader reader = new EventReader(NOW, Instant.parse("2025-11-01T00:00:00Z"));

  /** One event as the batch reader gives it, from JSON written with single quotes. */
  private static EventBatch.Raw json(String singleQuoted) {
    String event = singleQuoted.replace('\'', '"');
    byte[] body = ("{\"events\":[" + event + "]}").getBytes(StandardCharsets.UTF_8);
    return EventBatch.parse(body).events().get(0);
  }

  @Test
  void aRunIsReadWithItsFiguresAndKeptAsSent() throws Exception {
    String text =
        "{'id':'r-1','type':'extraction_run','occurredAt':'2026-12-03T09:00:00Z','plugin':'exact-online',"
            + "'rows':10,'bytes':2048,'durationMs':900,'result':'failure','errorCode':'E42'}";

    TelemetryEvent run = reader.read(json(text));

    assertThat(run.type()).isEqualTo(EventType.EXTRACTION_RUN);
    assertThat(run.rows()).isEqualTo(10);
    assertThat(run.bytes()).isEqualTo(2048);
    assertThat(run.errorCode()).isEqualTo("E42");
    assertThat(run.isFailedRun()).isTrue();
    assertThat(run.payload()).isEqualTo(text.replace('\'', '"'));
  }

  @Test
  void eachBrokenRuleRefusesTheEventNamingTheMember() {
    assertRefused("{'type':'session_end','occurredAt':'2026-12-03T09:00:00Z'}", "id is required");
    assertRefused(
        "{'id':'a b','type':'session_end','occurredAt':'2026-12-03T09:00:00Z'}", "id must");
    assertRefused("{'id':'a','type':'nap','occurredAt':'2026-12-03T09:00:00Z'}", "type is not");
    assertRefused("{'id':'a','type':'session_end','occurredAt':'yesterday'}", "occurredAt must");
    assertRefused("{'id':'a','type':'session_end','occurredAt':'2026-12-05T09:00:00Z'}", "future");
    assertRefused("{'id':'a','type':'session_end','occurredAt':'2025-10-31T23:59:59Z'}", "older");
    assertRefused(
        "{'id':'a','type':'extraction_run','occurredAt':'2026-12-03T09:00:00Z','plugin':'p','result':'meh'}",
        "result must");
    assertRefused(
        "{'id':'a','type':'extraction_run','occurredAt':'2026-12-03T09:00:00Z','plugin':'p',"
            + "'result':'success','rows':-1}",
        "rows must");
    assertRefused(
        "{'id':'a','type':'update_result','occurredAt':'2026-12-03T09:00:00Z','target':'app'}",
        "success is required");
    assertRefused(
        "{'id':'a','type':'session_end','occurredAt':'2026-12-03T09:00:00Z','durationMs':2.5}",
        "durationMs must be a whole number");
    assertRefused(
        "{'id':'a','type':'session_end','occurredAt':'2026-12-03T09:00:00Z','durationMs':'9'}",
        "durationMs must be a whole number");
    assertRefused("[1]", "event must be a JSON object");
  }

  @Test
  void anAppErrorGetsTheFingerprintOfItsTypeAndTopFrames() throws Exception {
    TelemetryEvent error =
        reader.read(
            json(
                "{'id':'e-1','type':'app_error','occurredAt':'2026-12-03T09:00:00Z',"
                    + "'exceptionType':'System.IO.IOException','message':'disk full',"
                    + "'stackTrace':'System.IO.IOException: disk full\\n   at Collector.Export.Write(File f)"
                    + " in C:\\\\src\\\\Export.cs:line 42'}"));

    assertThat(error.error().topFrames()).isEqualTo("Collector.Export.Write(File f)");
    assertThat(error.fingerprint())
        .isEqualTo(Fingerprints.of("System.IO.IOException", "Collector.Export.Write(File f)"));
  }

  @Test
  void idsAndPluginIdsAreCheckedExactlyAsTheirPatternsSay() {
    Pattern id = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    Pattern plugin = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    String alphabet = "aZz09.-_:A/ é\u0000@";
    Random random = new Random(3);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(70);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String candidate = random.nextInt(4) == 0 ? text.toString().toLowerCase() : text.toString();
      assertThat(EventReader.isId(candidate))
          .as(candidate)
          .isEqualTo(id.matcher(candidate).matches());
      assertThat(EventReader.isPluginId(candidate))
          .as(candidate)
          .isEqualTo(plugin.matcher(candidate).matches());
    }
    assertThat(EventReader.isId("x".repeat(64))).isTrue();
    assertThat(EventReader.isId("x".repeat(65))).isFalse();
    assertThat(EventReader.isPluginId("exact-online.v2")).isTrue();
    assertThat(EventReader.isPluginId("-exact")).isFalse();
  }

  private void assertRefused(String event, String reason) {
    assertThatThrownBy(() -> reader.read(json(event)))
        .isInstanceOf(EventReader.Refused.class)
        .hasMessageContaining(reason);
  }
}

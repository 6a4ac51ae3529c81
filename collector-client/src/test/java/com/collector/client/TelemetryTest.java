package com.collector.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TelemetryTest {

  @TempDir Path dir;
  @RegisterExtension final FakePortal portal = FakePortal.started();

  static String event(String id) {
    return "{\"id\":%s,\"type\":\"session_end\",\"occurredAt\":\"2026-12-03T10:00:00Z\",\"durationMs\":5}"
        .formatted(Json.quote(id));
  }

  static List<String> events(int count) {
    return IntStream.range(0, count).mapToObj(i -> event("e-" + i)).toList();
  }

  @Test
  void eventsGoInBatchesOf500GzippedOnTheWireAndTheCountsAreSummed() throws Exception {
    CollectorClient client = portal.enrolled(dir);
    CollectorClient.Sent sent = client.sendTelemetry(events(1200));

    assertThat(sent).isEqualTo(new CollectorClient.Sent(1200, 0, List.of(), 0));
    assertThat(portal.telemetry.received)
        .extracting(FakeTelemetry.Received::events)
        .containsExactly(500, 500, 200);
    assertThat(portal.telemetry.received)
        .allSatisfy(
            received -> {
              assertThat(received.encoding()).isEqualTo("gzip");
              assertThat(received.body()).startsWith((byte) 0x1f, (byte) 0x8b);
            });
  }

  @Test
  void withoutGzipTheBodyIsThePlainBatch() throws Exception {
    CollectorClient client = portal.enrolled(dir);
    client.telemetryGzip(false).sendTelemetry(List.of(event("a")));

    FakeTelemetry.Received received = portal.telemetry.received.get(0);
    assertThat(received.encoding()).isNull();
    assertThat(new String(received.body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"events\":[" + event("a") + "]}");
  }

  @Test
  void aReplayedIdCountsAsADuplicate() throws Exception {
    CollectorClient client = portal.enrolled(dir);
    client.sendTelemetry(events(3));

    assertThat(client.sendTelemetry(events(4)))
        .isEqualTo(new CollectorClient.Sent(1, 3, List.of(), 0));
  }

  @Test
  void rejectionsAreListedWithTheirIndexInTheWholeList() throws Exception {
    CollectorClient client = portal.enrolled(dir);
    List<String> events = new ArrayList<>(events(600));
    events.set(3, event("no spaces allowed"));
    events.set(550, events.get(550).replace("session_end", "coffee_break"));

    CollectorClient.Sent sent = client.sendTelemetry(events);

    assertThat(sent.accepted()).isEqualTo(598);
    assertThat(sent.rejected())
        .containsExactly(
            new CollectorClient.Rejection(
                3, "no spaces allowed", "id: 1 to 64 of A-Z a-z 0-9 . _ : -"),
            new CollectorClient.Rejection(550, "e-550", "type: unknown coffee_break"));
  }

  @Test
  void anOverQuotaBatchIsSentAgainAfterItsRetryAfter() throws Exception {
    CollectorClient client = portal.enrolled(dir);
    portal.telemetry.throttle = 1;
    portal.telemetry.retryAfter = "1";
    long start = System.nanoTime();

    CollectorClient.Sent sent = client.sendTelemetry(events(2));

    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(1_000_000_000L);
    assertThat(sent).isEqualTo(new CollectorClient.Sent(2, 0, List.of(), 1));
    assertThat(portal.telemetry.received).hasSize(2);
  }

  /** What sending two events fails with. */
  private PortalException sendingFails() throws Exception {
    CollectorClient client = portal.enrolled(dir);
    Throwable thrown = catchThrowable(() -> client.sendTelemetry(events(2)));
    assertThat(thrown).isInstanceOf(PortalException.class);
    return (PortalException) thrown;
  }

  @Test
  void theRetriesAreBounded() throws Exception {
    portal.telemetry.throttle = 100;

    PortalException failure = sendingFails();

    assertThat(failure.status()).isEqualTo(429);
    assertThat(failure).hasMessageContaining("5 retries");
    assertThat(portal.telemetry.throttled).hasValue(1 + Telemetry.MAX_RETRIES);
  }

  @Test
  void aWaitOfMoreThanAMinuteIsNotWaited() throws Exception {
    portal.telemetry.throttle = 1;
    portal.telemetry.retryAfter = "3600";

    assertThat(sendingFails()).hasMessageContaining("Retry-After 3600 s");
    assertThat(portal.telemetry.throttled).hasValue(1);
  }

  @Test
  void aBatchRefusedAsAWholeFailsWithItsStatus() throws Exception {
    portal.telemetry.refuseWith = 413;

    assertThat(sendingFails().status()).isEqualTo(413);
  }

  @Test
  void aRefusedTokenIsReplacedAndTheBatchSentAgain() throws Exception {
    CollectorClient client = portal.enrolled(dir);
    client.token();
    portal.telemetry.unauthorized = 1;

    assertThat(client.sendTelemetry(events(2)).accepted()).isEqualTo(2);
    assertThat(portal.telemetry.unauthorized).isZero();
  }

  @Test
  void batchesStayUnderAMegabyteOfJson() {
    String big =
        event("x".repeat(10)).replace("\"durationMs\":5", "\"pad\":\"" + "p".repeat(2900) + "\"");
    List<String> events = IntStream.range(0, 500).mapToObj(i -> big).toList();

    List<List<String>> batches = Telemetry.batches(events, 500);

    assertThat(batches).hasSizeGreaterThan(1);
    assertThat(batches)
        .allSatisfy(
            batch ->
                assertThat(Telemetry.body(batch, false).length).isLessThanOrEqualTo(1_000_000));
    assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(500);
  }

  @Test
  void generatedEventsAreValidUniqueAndOfTheLastHour() throws Exception {
    CollectorClient client = portal.enrolled(dir);
    Instant now = Instant.parse("2026-12-03T10:30:00Z");
    TelemetryEvents generator =
        new TelemetryEvents(Clock.fixed(now, ZoneOffset.UTC), new SplittableRandom(7));
    List<String> events = IntStream.range(0, 2000).mapToObj(i -> generator.next()).toList();

    assertThat(client.sendTelemetry(events))
        .isEqualTo(new CollectorClient.Sent(2000, 0, List.of(), 0));
    List<Map<String, Object>> parsed = events.stream().map(Json::object).toList();
    assertThat(parsed)
        .allSatisfy(
            event ->
                assertThat(Instant.parse((String) event.get("occurredAt")))
                    .isBetween(now.minus(1, ChronoUnit.HOURS), now));
    assertThat(parsed.stream().filter(event -> event.get("type").equals("extraction_run")).count())
        .isBetween(1400L, 1800L);
    assertThat(parsed.stream().map(event -> event.get("type")).distinct()).hasSize(5);
    assertThat(events).allSatisfy(event -> assertThat(event.length()).isBetween(100, 600));
  }

  @Test
  void theLoadSendsEveryPrebuiltBatchFromSeveralThreads() throws Exception {
    CollectorClient client = portal.enrolled(dir);
    TelemetryEvents generator = new TelemetryEvents(Clock.systemUTC(), new SplittableRandom(1));
    List<byte[]> bodies = TelemetryLoad.bodies(generator, 12, 50, true);

    TelemetryLoad.Result result = TelemetryLoad.send(client, bodies, 50, 4);

    assertThat(result.events()).isEqualTo(600);
    assertThat(result.accepted()).isEqualTo(600);
    assertThat(portal.telemetry.stored).hasSize(600);
    assertThat(result.line())
        .matches(
            "events/s=[0-9.]+ batches=12 events=600 accepted=600 duplicates=0 rejected=0"
                + " retries429=0 seconds=[0-9.]+");
  }
}

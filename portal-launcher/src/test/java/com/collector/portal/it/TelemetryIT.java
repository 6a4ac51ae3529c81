package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Telemetry intake end to end: a batch stored with its replays counted as duplicates and its bad
 * events refused one by one, installation health following the runs, gzip, the quota's 429, and
 * malformed or oversize batches refused — each answer as the protocol says.
 */
@ExtendWith(PortalServer.class)
class TelemetryIT {

  static final String TELEMETRY = "/api/collector/v1/telemetry";

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Installing installing = new Installing(server, tenants);
  private final Configuring configuring = new Configuring(tenants, installing);

  static String run(String id, String plugin, String result, Instant at) {
    return ("{'id':'%s','type':'extraction_run','occurredAt':'%s','plugin':'%s','sourceSystem':'Exact',"
            + "'company':'001','period':'2026-11','rows':1200,'bytes':88000,'durationMs':5300,'result':'%s'%s}")
        .formatted(
            id, at, plugin, result, "failure".equals(result) ? ",'errorCode':'SQL-18456'" : "")
        .replace('\'', '"');
  }

  static String batch(List<String> events) {
    return "{\"events\":[" + String.join(",", events) + "]}";
  }

  /** Sends {@code events} as {@code collector} in one batch, every one of them accepted. */
  static void accepted(Api api, String collector, List<String> events) {
    Api.Reply reply = api.post(TELEMETRY, batch(events), collector);
    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    assertThat(reply.json().getJsonArray("rejected")).as(reply.body()).isEmpty();
  }

  @Test
  void aBatchIsStoredReplaysCountOnceAndBadEventsAreRefusedAlone() throws Exception {
    installing.forgetFailures();
    Configuring.Configured configured = configuring.configured("tel-intake", "{}");
    String collector = configuring.enrolled(configured);
    Instant now = Instant.now();
    String start =
        ("{'id':'s-1','type':'session_start','occurredAt':'%s','appVersion':'4.2.0.17',"
                + "'plugins':{'exact-online':'1.2.0'},'os':'Windows 11 Pro','dotnetVersion':'8.0.11'}")
            .formatted(now.minusSeconds(60))
            .replace('\'', '"');
    List<String> events =
        new ArrayList<>(
            List.of(
                start,
                run("r-1", "exact-online", "success", now.minusSeconds(50)),
                run("r-2", "exact-online", "failure", now.minusSeconds(40)),
                run("r-3", "exact-online", "failure", now.minusSeconds(30)),
                "{\"id\":\"bad-type\",\"type\":\"coffee\",\"occurredAt\":\"" + now + "\"}",
                run("r-4", "Not A Plugin", "success", now),
                "{\"id\":\"old\",\"type\":\"session_end\",\"occurredAt\":\"2001-01-01T00:00:00Z\"}",
                "42"));

    Api.Reply first = api.post(TELEMETRY, batch(events), collector);
    assertThat(first.status()).as(first.body()).isEqualTo(202);
    assertThat(first.json().getInt("accepted")).isEqualTo(4);
    assertThat(first.json().getInt("duplicates")).isZero();
    assertThat(first.json().getJsonArray("rejected"))
        .extracting(r -> r.asJsonObject().getInt("index"))
        .containsExactly(4, 5, 6, 7);
    assertThat(first.json().getJsonArray("rejected").getJsonObject(1).getString("reason"))
        .contains("plugin");
    Api.Reply replay = api.post(TELEMETRY, batch(events.subList(0, 4)), collector);
    assertThat(replay.json().getInt("accepted")).isZero();
    assertThat(replay.json().getInt("duplicates")).isEqualTo(4);
    // Old and new together: only the new one is stored (the copy meets the replays and gives way).
    String ended = "{\"id\":\"s-end\",\"type\":\"session_end\",\"occurredAt\":\"" + now + "\"}";
    Api.Reply mixed =
        api.post(TELEMETRY, batch(List.of(events.get(1), ended, events.get(2))), collector);
    assertThat(mixed.json().getInt("accepted")).isEqualTo(1);
    assertThat(mixed.json().getInt("duplicates")).isEqualTo(2);

    JsonObject health = health(configured);
    assertThat(health.getString("appVersion")).isEqualTo("4.2.0.17");
    assertThat(health.getString("dotnetVersion")).isEqualTo("8.0.11");
    assertThat(health.getInt("consecutiveFailures")).isEqualTo(2);
    assertThat(health.getInt("runs7d")).isEqualTo(3);
    assertThat(health.getInt("failedRuns7d")).isEqualTo(2);
    JsonObject plugin = health.getJsonArray("pluginRuns").getJsonObject(0);
    assertThat(plugin.getString("lastErrorCode")).isEqualTo("SQL-18456");
    JsonObject intake = health.getJsonObject("intake7d");
    assertThat(intake.getInt("accepted")).isEqualTo(5);
    assertThat(intake.getInt("duplicates")).isEqualTo(6);
    assertThat(intake.getInt("rejected")).isEqualTo(4);

    HttpResponse<String> recovered =
        gzipped(batch(List.of(run("r-5", "exact-online", "success", Instant.now()))), collector);
    assertThat(recovered.statusCode()).as(recovered.body()).isEqualTo(202);
    assertThat(health(configured).getInt("consecutiveFailures")).isZero();
  }

  /**
   * Concurrent batches of one installation store side by side and fold their health one after the
   * other: every failed run counts into the streak, every batch into the intake, none twice.
   */
  @Test
  void concurrentBatchesAllCountIntoHealth() throws Exception {
    Configuring.Configured configured = configuring.configured("tel-concurrent", "{}");
    String collector = configuring.enrolled(configured);
    int batches = 12;
    int runsEach = 10;
    Instant start = Instant.now().minusSeconds(3_600);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(batches);
    try {
      List<java.util.concurrent.Future<Api.Reply>> sent = new ArrayList<>();
      for (int b = 0; b < batches; b++) {
        List<String> runs = new ArrayList<>();
        for (int r = 0; r < runsEach; r++) {
          runs.add(
              run(
                  "c-" + b + "-" + r,
                  "exact-online",
                  "failure",
                  start.plusSeconds(b * runsEach + r)));
        }
        sent.add(pool.submit(() -> api.post(TELEMETRY, batch(runs), collector)));
      }
      for (java.util.concurrent.Future<Api.Reply> reply : sent) {
        assertThat(reply.get().status()).as(reply.get().body()).isEqualTo(202);
        assertThat(reply.get().json().getInt("accepted")).isEqualTo(runsEach);
      }
    } finally {
      pool.shutdownNow();
    }
    // A batch whose fold gave way to a busy one is folded by it, or at most ten seconds later.
    JsonObject health = health(configured);
    for (long deadline = System.nanoTime() + 30_000_000_000L;
        health.getInt("consecutiveFailures") < batches * runsEach && System.nanoTime() < deadline;
        health = health(configured)) {
      Thread.sleep(200);
    }
    assertThat(health.getInt("consecutiveFailures")).isEqualTo(batches * runsEach);
    assertThat(health.getJsonArray("pluginRuns").getJsonObject(0).getInt("consecutiveFailures"))
        .isEqualTo(batches * runsEach);
    assertThat(health.getJsonObject("intake7d").getInt("accepted")).isEqualTo(batches * runsEach);
  }

  private JsonObject health(Configuring.Configured configured) {
    Api.Reply reply =
        api.get(
            "/api/v1/installations/" + configured.id() + "/health", configured.partner().token());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  HttpResponse<String> gzipped(String body, String token) throws IOException, InterruptedException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(body.getBytes(StandardCharsets.UTF_8));
    }
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(server.uri(TELEMETRY))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}

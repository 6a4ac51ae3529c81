package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the intake refuses: batches over the quota (429 with Retry-After, counted as dropped),
 * malformed, oversize or mistyped batches (4xx naming why), people's tokens; and who reads health:
 * an installation's subtree only.
 */
@ExtendWith(PortalServer.class)
class TelemetryLimitsIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Installing installing = new Installing(server, tenants);
  private final Configuring configuring = new Configuring(tenants, installing);

  @Test
  void overTheQuotaABatchIsDroppedWith429AndCounted() throws Exception {
    installing.forgetFailures();
    Configuring.Configured configured = configuring.configured("tel-quota", "{}");
    String collector = configuring.enrolled(configured);
    Instant now = Instant.now();
    List<Api.Reply> replies = new ArrayList<>();
    for (int b = 0; b < 3; b++) {
      int batch = b;
      replies.add(
          api.post(
              TelemetryIT.TELEMETRY,
              TelemetryIT.batch(
                  IntStream.range(0, 1000)
                      .mapToObj(i -> TelemetryIT.run("q" + batch + "-" + i, "odbc", "success", now))
                      .toList()),
              collector));
    }

    assertThat(replies.get(0).status()).as(replies.get(0).body()).isEqualTo(202);
    assertThat(replies.get(1).status()).as(replies.get(1).body()).isEqualTo(202);
    Api.Reply over = replies.get(2);
    assertThat(over.status()).as(over.body()).isEqualTo(429);
    assertThat(over.isProblem()).isTrue();
    assertThat(Integer.parseInt(over.header("Retry-After"))).isPositive();
    Api.Reply health =
        api.get(
            "/api/v1/installations/" + configured.id() + "/health", configured.partner().token());
    assertThat(health.json().getJsonObject("intake7d").getInt("dropped")).isEqualTo(1000);
    assertThat(health.json().getJsonObject("intake7d").getInt("accepted")).isEqualTo(2000);
  }

  @Test
  void malformedOversizeOrMistypedBatchesAreRefusedNamingWhy() throws Exception {
    installing.forgetFailures();
    Configuring.Configured configured = configuring.configured("tel-bad", "{}");
    String collector = configuring.enrolled(configured);
    String event = TelemetryIT.run("x-1", "odbc", "success", Instant.now());

    Api.Reply notJson = api.post(TelemetryIT.TELEMETRY, "{\"events\":[", collector);
    assertThat(notJson.status()).as(notJson.body()).isEqualTo(400);
    assertThat(notJson.problemFields()).isEqualTo("body");
    Api.Reply noEvents = api.post(TelemetryIT.TELEMETRY, "{\"items\":[]}", collector);
    assertThat(noEvents.problemFields()).isEqualTo("events");
    Api.Reply tooMany =
        api.post(
            TelemetryIT.TELEMETRY,
            TelemetryIT.batch(IntStream.range(0, 1001).mapToObj(i -> event).toList()),
            collector);
    assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(413);
    String padding = "x".repeat(1900);
    Api.Reply tooBig =
        api.post(
            TelemetryIT.TELEMETRY,
            TelemetryIT.batch(
                IntStream.range(0, 600)
                    .mapToObj(i -> event.replace("\"Exact\"", "\"" + padding + "\""))
                    .toList()),
            collector);
    assertThat(tooBig.status()).as(tooBig.body()).isEqualTo(413);
    Api.Reply text =
        api.postBytes(TelemetryIT.TELEMETRY, "text/plain", event.getBytes(), collector);
    assertThat(text.status()).as(text.body()).isEqualTo(415);
    Api.Reply badGzip =
        api.send("POST", TelemetryIT.TELEMETRY, "{}", collector, "Content-Encoding", "gzip");
    assertThat(badGzip.status()).as(badGzip.body()).isEqualTo(400);
    Api.Reply person =
        api.post(
            TelemetryIT.TELEMETRY, TelemetryIT.batch(List.of(event)), configured.partner().token());
    assertThat(person.status()).as(person.body()).isEqualTo(403);
    Api.Reply anonymous = api.post(TelemetryIT.TELEMETRY, TelemetryIT.batch(List.of(event)), null);
    assertThat(anonymous.status()).isEqualTo(401);
  }

  @Test
  void healthIsReadOnlyWithinTheInstallationsSubtree() throws Exception {
    installing.forgetFailures();
    Configuring.Configured configured = configuring.configured("tel-own", "{}");
    String collector = configuring.enrolled(configured);
    api.post(
        TelemetryIT.TELEMETRY,
        TelemetryIT.batch(List.of(TelemetryIT.run("t-1", "odbc", "failure", Instant.now()))),
        collector);
    Tenants.Account stranger = tenants.partnerAdmin("tel-stranger");
    long neighbour =
        tenants.organization(
            configured.partner().organizationId(), "neighbour", configured.partner().token());
    Tenants.Account beside =
        tenants.user(neighbour, "CUSTOMER_ADMIN", configured.partner().token());
    Tenants.Account own =
        tenants.user(configured.customer(), "CUSTOMER_USER", configured.partner().token());
    String path = "/api/v1/installations/" + configured.id() + "/health";

    assertThat(api.get(path, stranger.token()).status()).isEqualTo(404);
    assertThat(api.get(path, beside.token()).status()).isEqualTo(404);
    assertThat(api.get(path, own.token()).json().getInt("consecutiveFailures")).isEqualTo(1);
    assertThat(api.get(path, tenants.vendorAdmin()).status()).isEqualTo(200);
  }
}

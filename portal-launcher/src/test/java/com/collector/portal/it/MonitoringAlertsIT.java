package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Telemetry to tickets: failed runs in a row open a monitoring ticket for the customer (once, with
 * the rule's priority), a successful run resolves it, failing again reopens it; a failed update and
 * a new error group open tickets of their own. The rules are the vendor's to change.
 */
@ExtendWith(PortalServer.class)
class MonitoringAlertsIT {

  private static final Duration DELIVERY = Duration.ofSeconds(40);

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Installing installing = new Installing(server, tenants);
  private final Configuring configuring = new Configuring(tenants, installing);

  @Test
  void failedRunsOpenATicketThatRecoveryResolvesAndAFailureReopens() throws Exception {
    installing.forgetFailures();
    Configuring.Configured configured = configuring.configured("mon-runs", "{}");
    String collector = configuring.enrolled(configured);
    Instant at = Instant.now().minusSeconds(600);
    send(
        collector,
        List.of(
            TelemetryIT.run("f-1", "odbc", "failure", at),
            TelemetryIT.run("f-2", "odbc", "failure", at.plusSeconds(60)),
            TelemetryIT.run("f-3", "odbc", "failure", at.plusSeconds(120))));

    JsonObject opened = ticket(configured, "Extraction runs keep failing", t -> true);
    assertThat(opened.getString("priority")).isEqualTo("HIGH");
    assertThat(opened.getString("source")).isEqualTo("MONITORING_ALERT");
    assertThat(opened.getJsonNumber("installationId").longValue()).isEqualTo(configured.id());
    assertThat(
            api.get(
                    "/api/v1/tickets?customerId=" + configured.customer(),
                    configured.partner().token())
                .json()
                .getInt("total"))
        .as("the partner follows it")
        .isEqualTo(1);

    send(collector, List.of(TelemetryIT.run("ok-1", "odbc", "success", at.plusSeconds(180))));
    JsonObject resolved =
        ticket(
            configured,
            "Extraction runs keep failing",
            t -> t.getString("state").equals("RESOLVED"));
    assertThat(resolved.getJsonNumber("number")).isEqualTo(opened.getJsonNumber("number"));

    send(
        collector,
        List.of(
            TelemetryIT.run("f-4", "odbc", "failure", at.plusSeconds(240)),
            TelemetryIT.run("f-5", "odbc", "failure", at.plusSeconds(300)),
            TelemetryIT.run("f-6", "odbc", "failure", at.plusSeconds(360))));
    JsonObject reopened =
        ticket(
            configured,
            "Extraction runs keep failing",
            t -> !t.getString("state").equals("RESOLVED"));
    assertThat(reopened.getJsonNumber("number")).isEqualTo(opened.getJsonNumber("number"));
  }

  @Test
  void aFailedUpdateAndANewErrorGroupOpenTicketsOfTheirOwn() throws Exception {
    installing.forgetFailures();
    Configuring.Configured configured = configuring.configured("mon-other", "{}");
    String collector = configuring.enrolled(configured);
    Instant now = Instant.now();
    send(
        collector,
        List.of(
            ("{'id':'u-1','type':'update_result','occurredAt':'%s','target':'exact-online','fromVersion':'1.0.0',"
                    + "'toVersion':'1.1.0','success':false,'error':'hash mismatch'}")
                .formatted(now)
                .replace('\'', '"'),
            ("{'id':'e-1','type':'app_error','occurredAt':'%s','exceptionType':'System.IO.IOException',"
                    + "'message':'disk full','stackTrace':'   at Collector.Export.Write(File f)'}")
                .formatted(now)
                .replace('\'', '"')));

    assertThat(ticket(configured, "An update failed", t -> true).getString("priority"))
        .isEqualTo("HIGH");
    assertThat(ticket(configured, "A new application error", t -> true).getString("description"))
        .contains("New error group");

    send(
        collector,
        List.of(
            ("{'id':'u-2','type':'update_result','occurredAt':'%s','target':'exact-online',"
                    + "'success':true}")
                .formatted(now.plusSeconds(5))
                .replace('\'', '"')));
    ticket(configured, "An update failed", t -> t.getString("state").equals("RESOLVED"));
  }

  @Test
  void theVendorChangesTheRulesOthersCannot() {
    Tenants.Account partner = tenants.partnerAdmin("mon-rules");
    Api.Reply rules = api.get("/api/v1/alert-rules", tenants.vendorAdmin());
    assertThat(rules.status()).as(rules.body()).isEqualTo(200);
    assertThat(rules.body())
        .contains("CONSECUTIVE_FAILURES", "NO_CONTACT", "NEW_ERROR_GROUP", "UPDATE_FAILED");

    Api.Reply refused =
        api.put("/api/v1/alert-rules/NO_CONTACT", "{\"threshold\":5}", partner.token());
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    Api.Reply bad =
        api.put("/api/v1/alert-rules/NO_CONTACT", "{\"threshold\":0}", tenants.vendorAdmin());
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.problemFields()).isEqualTo("threshold");
    Api.Reply unknown =
        api.put("/api/v1/alert-rules/COFFEE", "{\"threshold\":2}", tenants.vendorAdmin());
    assertThat(unknown.problemFields()).isEqualTo("rule");
    Api.Reply changed =
        api.put(
            "/api/v1/alert-rules/NO_CONTACT",
            "{\"threshold\":4,\"priority\":\"LOW\"}",
            tenants.vendorAdmin());
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().getInt("threshold")).isEqualTo(4);
    api.put(
        "/api/v1/alert-rules/NO_CONTACT",
        "{\"threshold\":3,\"priority\":\"NORMAL\"}",
        tenants.vendorAdmin());
  }

  private void send(String collector, List<String> events) {
    Api.Reply reply = api.post(TelemetryIT.TELEMETRY, TelemetryIT.batch(events), collector);
    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    assertThat(reply.json().getJsonArray("rejected")).as(reply.body()).isEmpty();
  }

  /**
   * Waits until the customer has a ticket whose subject starts so and which satisfies {@code
   * state}.
   */
  private JsonObject ticket(
      Configuring.Configured configured, String subject, Predicate<JsonObject> state)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(DELIVERY);
    while (true) {
      JsonObject page =
          api.get(
                  "/api/v1/tickets?customerId=" + configured.customer() + "&limit=50",
                  tenants.vendorAdmin())
              .json();
      for (var item : page.getJsonArray("items")) {
        JsonObject ticket = item.asJsonObject();
        if (ticket.getString("subject").startsWith(subject) && state.test(ticket)) {
          return ticket;
        }
      }
      assertThat(Instant.now()).as("a ticket '" + subject + "' by now: " + page).isBefore(deadline);
      Thread.sleep(500);
    }
  }
}

package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Missed scheduled runs end to end: an hourly schedule, enrollment and configuration moved a day
 * into the past with SQL (the portal's clock stays real), no runs: the hourly slots up to the
 * tolerance (60 minutes) ago are missed, health counts them, the {@code MISSED_RUNS} alert opens a
 * ticket; a run arrives and resolves it. A customer without a subscription is not watched.
 */
@ExtendWith(PortalServer.class)
class MissedRunsIT {

  // New configurations are swept for once a minute, then the ticket follows within ten seconds.
  private static final Duration DELIVERY = Duration.ofSeconds(120);
  private static final String HOURLY =
      "{'general':{'schedule':[{'cron':'0 * * * *','timeZone':'Europe/Brussels'}]}}";

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Installing installing = new Installing(server, tenants);
  private final Configuring configuring = new Configuring(tenants, installing);
  private final Subscribing subscribing = new Subscribing(server, tenants);

  @Test
  void missedSlotsShowInHealthOpenATicketAndARunResolvesIt() throws Exception {
    installing.forgetFailures();
    Tenants.Account partner = tenants.partnerAdmin("missed");
    long unsubscribedCustomer =
        tenants.organization(partner.organizationId(), "unpaid", partner.token());
    Scheduled unwatched = scheduled(unsubscribedCustomer, partner);
    long customer = tenants.organization(partner.organizationId(), "paid", partner.token());
    subscribing.order(customer, subscribing.plan(null), false, partner);
    Scheduled watched = scheduled(customer, partner);
    backADay(unwatched.id());
    backADay(watched.id());

    JsonObject ticket = ticket(customer, t -> true);
    assertThat(ticket.getJsonNumber("installationId").longValue()).isEqualTo(watched.id());
    assertThat(ticket.getString("source")).isEqualTo("MONITORING_ALERT");
    assertThat(ticket.getString("priority")).isEqualTo("NORMAL");
    assertThat(ticket.getString("description")).contains("scheduled runs missed in a row");

    JsonObject health = health(watched.id(), partner.token());
    // Hourly slots from a day ago up to an hour ago: 23, give or take the hour boundaries.
    assertThat(health.getJsonNumber("missedRuns7d").longValue()).isBetween(22L, 24L);
    assertThat(health.getInt("missedRunsInRow")).isBetween(22, 24);
    Instant lastMissed = Instant.parse(health.getString("lastMissedRunAt"));
    assertThat(lastMissed).isBetween(Instant.now().minus(Duration.ofHours(2)), Instant.now());
    assertThat(lastMissed.getEpochSecond() % 3600).as("on the hour").isZero();
    assertThat(missedRows(unwatched.id())).as("no subscription, not watched").isZero();

    Tenants.Account stranger = tenants.partnerAdmin("missed-other");
    assertThat(api.get(health(watched.id()), stranger.token()).status()).isEqualTo(404);

    Api.Reply sent =
        api.post(
            TelemetryIT.TELEMETRY,
            TelemetryIT.batch(List.of(TelemetryIT.run("late-1", "odbc", "success", Instant.now()))),
            watched.collector());
    assertThat(sent.status()).as(sent.body()).isEqualTo(202);
    JsonObject resolved = ticket(customer, t -> t.getString("state").equals("RESOLVED"));
    assertThat(resolved.getJsonNumber("number")).isEqualTo(ticket.getJsonNumber("number"));
    assertThat(health(watched.id(), partner.token()).getInt("missedRunsInRow")).isZero();
  }

  @Test
  void theRuleIsTheVendorsWithItsDefault() {
    Api.Reply rules = api.get("/api/v1/alert-rules", tenants.vendorAdmin());
    assertThat(rules.status()).as(rules.body()).isEqualTo(200);
    assertThat(rules.body()).contains("MISSED_RUNS");
  }

  @Test
  void aCronThatDoesNotReadIsRefusedNamingIt() {
    Tenants.Account partner = tenants.partnerAdmin("missed-bad");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    long id = Installing.id(installing.created(customer, partner.token()));
    Api.Reply refused =
        configuring.edit(
            id,
            0,
            "{'general':{'schedule':[{'cron':'0 25 * * *','timeZone':'Europe/Brussels'}]}}",
            partner.token());
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.problemFields()).isEqualTo("/general/schedule/0/cron");
  }

  private record Scheduled(long id, String collector) {}

  private Scheduled scheduled(long customer, Tenants.Account partner) {
    JsonObject created = installing.created(customer, partner.token());
    long id = Installing.id(created);
    configuring.edited(id, 0, HOURLY, partner.token());
    JsonObject enrolled = installing.enrolled(created.getString("code"));
    String collector =
        installing.token(id, enrolled.getString("credential")).json().getString("accessToken");
    return new Scheduled(id, collector);
  }

  /** Enrollment and configuration a day earlier; the check starts over from there. */
  private void backADay(long installation) throws SQLException {
    try (Connection db = server.connect()) {
      db.setAutoCommit(false);
      for (String sql :
          List.of(
              "UPDATE installation SET enrolled_at = enrolled_at - interval '1 day' WHERE id = ?",
              "UPDATE configuration_revision SET created_at = created_at - interval '1 day'"
                  + " WHERE installation_id = ?",
              "DELETE FROM run_schedule_check WHERE installation_id = ?")) {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
          statement.setLong(1, installation);
          statement.executeUpdate();
        }
      }
      db.commit();
    }
  }

  private long missedRows(long installation) throws SQLException {
    try (Connection db = server.connect();
        PreparedStatement count =
            db.prepareStatement("SELECT count(*) FROM missed_run WHERE installation_id = ?")) {
      count.setLong(1, installation);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static String health(long installation) {
    return "/api/v1/installations/" + installation + "/health";
  }

  private JsonObject health(long installation, String token) {
    Api.Reply reply = api.get(health(installation), token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  /** Waits for the customer's missed-runs ticket in the state wanted. */
  private JsonObject ticket(long customer, Predicate<JsonObject> state)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(DELIVERY);
    while (true) {
      JsonObject page =
          api.get("/api/v1/tickets?customerId=" + customer + "&limit=50", tenants.vendorAdmin())
              .json();
      for (var item : page.getJsonArray("items")) {
        JsonObject ticket = item.asJsonObject();
        if (ticket.getString("subject").startsWith("Scheduled runs did not happen")
            && state.test(ticket)) {
          return ticket;
        }
      }
      assertThat(Instant.now()).as("a missed-runs ticket by now: " + page).isBefore(deadline);
      Thread.sleep(500);
    }
  }
}

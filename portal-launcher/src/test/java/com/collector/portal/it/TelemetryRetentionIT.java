package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention per plan: the retention job deletes a customer's events older than its plan keeps them
 * (30 days: a 40-day-old run goes), keeps another's (365 days), applies the default (90 days) to a
 * customer without a subscription, and is the vendor's to run.
 */
@ExtendWith(PortalServer.class)
class TelemetryRetentionIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Installing installing = new Installing(server, tenants);
  private final Subscribing subscribing = new Subscribing(server, tenants);

  @Test
  void eachCustomerLosesWhatItsPlanNoLongerKeeps() throws Exception {
    installing.forgetFailures();
    Tenants.Account partner = tenants.partnerAdmin("retention");
    Instant now = Instant.now();
    Instant fortyDays = now.minus(Duration.ofDays(40));
    Instant hundredDays = now.minus(Duration.ofDays(100));
    long thirty = installation(partner, 30);
    long year = installation(partner, 365);
    long none = installation(partner, null);
    List<Long> all = List.of(thirty, year, none);
    for (long installation : all) {
      assertThat(count(installation, hundredDays)).isZero();
    }

    Api.Reply refused = api.post("/api/v1/telemetry/retention-run", null, partner.token());
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    Api.Reply ran = api.post("/api/v1/telemetry/retention-run", null, tenants.vendorAdmin());
    assertThat(ran.status()).as(ran.body()).isEqualTo(200);
    assertThat(ran.json().getJsonNumber("deleted").longValue()).isGreaterThanOrEqualTo(3);

    assertThat(occurred(thirty)).as("30 days: the 40- and 100-day-old runs are gone").hasSize(1);
    assertThat(occurred(year)).as("365 days: all kept").hasSize(3);
    assertThat(occurred(none)).as("no subscription: 90 days by default").hasSize(2);
    assertThat(occurred(none)).allMatch(at -> at.isAfter(hundredDays.plusSeconds(1)));
    assertThat(occurred(thirty).get(0)).isAfter(fortyDays);
  }

  /** An enrolled installation whose customer's plan keeps telemetry {@code days} (null: none). */
  private long installation(Tenants.Account partner, Integer days) throws SQLException {
    long customer = tenants.organization(partner.organizationId(), "kept", partner.token());
    if (days != null) {
      Api.Reply plan =
          api.post(
              "/api/v1/plans",
              ("{\"code\":%s,\"nameEn\":\"Kept\",\"nameFr\":\"Garde\",\"nameNl\":\"Bewaard\","
                      + "\"terms\":{\"term\":\"MONTHLY\",\"telemetryRetentionDays\":%d}}")
                  .formatted(Api.quote(Tenants.unique("kept").toLowerCase()), days),
              tenants.vendorAdmin());
      assertThat(plan.status()).as(plan.body()).isEqualTo(201);
      subscribing.order(customer, plan.json().getJsonNumber("id").longValue(), false, partner);
    }
    var created = installing.created(customer, partner.token());
    long id = Installing.id(created);
    var enrolled = installing.enrolled(created.getString("code"));
    String collector =
        installing.token(id, enrolled.getString("credential")).json().getString("accessToken");
    Instant now = Instant.now();
    List<String> events = new ArrayList<>();
    for (int age : new int[] {1, 40, 100}) {
      events.add(TelemetryIT.run("r-" + age, "odbc", "success", now.minus(Duration.ofDays(age))));
    }
    Api.Reply sent = api.post(TelemetryIT.TELEMETRY, TelemetryIT.batch(events), collector);
    assertThat(sent.status()).as(sent.body()).isEqualTo(202);
    assertThat(sent.json().getInt("accepted")).as(sent.body()).isEqualTo(3);
    return id;
  }

  private long count(long installation, Instant before) throws SQLException {
    try (Connection db = server.connect();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT count(*) FROM telemetry_event WHERE installation_id = ? AND occurred_at < ?")) {
      query.setLong(1, installation);
      query.setTimestamp(2, java.sql.Timestamp.from(before));
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private List<Instant> occurred(long installation) throws SQLException {
    try (Connection db = server.connect();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT occurred_at FROM telemetry_event WHERE installation_id = ?"
                    + " ORDER BY occurred_at")) {
      query.setLong(1, installation);
      List<Instant> found = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.add(rows.getTimestamp(1).toInstant());
        }
      }
      return found;
    }
  }
}

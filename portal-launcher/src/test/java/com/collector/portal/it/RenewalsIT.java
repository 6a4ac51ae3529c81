package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The renewal job, run through the API after moving a subscription's dates into the past with SQL
 * (the portal's clock stays real): late runs catch up, a second run changes nothing.
 */
@ExtendWith(PortalServer.class)
class RenewalsIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();

  @Test
  void aLateRunRenewsEveryMissedTermOnceAndASecondRunChangesNothing() throws SQLException {
    Tenants.Account partner = tenants.partnerAdmin("renew-partner");
    long id = subscribe(partner, true);
    // The term ended about two months ago: three terms are due, the last one ending in the future.
    shift(server, id, "95 days");

    run();
    JsonObject renewed = subscription(id, partner);
    assertThat(renewed.getString("state")).isEqualTo("ACTIVE");
    assertThat(types(renewed)).containsExactly("ORDERED", "RENEWED", "RENEWED", "RENEWED");
    run();
    assertThat(types(subscription(id, partner))).hasSize(4);
  }

  @Test
  void anUnpaidTermGoesToGraceThenExpires() throws SQLException {
    Tenants.Account partner = tenants.partnerAdmin("grace-partner");
    long id = subscribe(partner, false);
    shift(server, id, "31 days");

    run();
    JsonObject inGrace = subscription(id, partner);
    assertThat(inGrace.getString("state")).isEqualTo("GRACE");
    assertThat(inGrace.getString("graceEndsAt")).isNotBlank();
    assertThat(api.get("/api/v1/subscriptions?state=GRACE", partner.token()).json().getInt("total"))
        .isEqualTo(1);
    long customer = inGrace.getJsonNumber("customerId").longValue();
    Api.Reply added =
        api.post(
            "/api/v1/users",
            ("{\"organizationId\":%d,\"email\":%s,\"displayName\":\"Late\",\"language\":\"en\","
                    + "\"roles\":[\"CUSTOMER_USER\"],\"initialPassword\":\"Initial-password-in-grace-1\"}")
                .formatted(
                    customer, Api.quote(Tenants.unique("late").toLowerCase() + "@example.test")),
            partner.token());
    assertThat(added.status()).as("read-only in grace: " + added.body()).isEqualTo(403);
    assertThat(added.problemFields()).isEqualTo("maxUsers");

    shift(server, id, "14 days");
    run();
    run();
    JsonObject expired = subscription(id, partner);
    assertThat(expired.getString("state")).isEqualTo("EXPIRED");
    assertThat(types(expired)).containsExactly("ORDERED", "GRACE_STARTED", "EXPIRED");
  }

  @Test
  void onlyVendorStaffRunTheJob() {
    Tenants.Account partner = tenants.partnerAdmin("renew-refused");
    Api.Reply refused = api.post("/api/v1/subscriptions/renewal-run", null, partner.token());
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
  }

  private long subscribe(Tenants.Account partner, boolean autoRenew) {
    Api.Reply plan =
        api.post(
            "/api/v1/plans",
            ("{\"code\":%s,\"nameEn\":\"Basic\",\"nameFr\":\"Base\",\"nameNl\":\"Basis\","
                    + "\"terms\":{\"term\":\"MONTHLY\"}}")
                .formatted(Api.quote(Tenants.unique("basic").toLowerCase())),
            tenants.vendorAdmin());
    assertThat(plan.status()).as(plan.body()).isEqualTo(201);
    long customer = tenants.organization(partner.organizationId(), "renewed", partner.token());
    Api.Reply ordered =
        api.post(
            "/api/v1/subscriptions",
            "{\"customerId\":%d,\"planId\":%d,\"autoRenew\":%s}"
                .formatted(customer, plan.json().getJsonNumber("id").longValue(), autoRenew),
            partner.token());
    assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
    return ordered.json().getJsonNumber("id").longValue();
  }

  /** Moves every date of the subscription and its history back by {@code interval}. */
  static void shift(PortalServer server, long id, String interval) throws SQLException {
    try (Connection db = server.connect();
        PreparedStatement subscription =
            db.prepareStatement(
                "UPDATE subscription SET started_at = started_at - ?::interval,"
                    + " period_start = period_start - ?::interval,"
                    + " period_end = period_end - ?::interval,"
                    + " grace_ends_at = grace_ends_at - ?::interval,"
                    + " created_at = created_at - ?::interval WHERE id = ?");
        PreparedStatement events =
            db.prepareStatement(
                "UPDATE subscription_event SET effective_at = effective_at - ?::interval"
                    + " WHERE subscription_id = ?")) {
      for (int i = 1; i <= 5; i++) {
        subscription.setString(i, interval);
      }
      subscription.setLong(6, id);
      assertThat(subscription.executeUpdate()).isEqualTo(1);
      events.setString(1, interval);
      events.setLong(2, id);
      events.executeUpdate();
    }
  }

  private void run() {
    Api.Reply ran = api.post("/api/v1/subscriptions/renewal-run", null, tenants.vendorAdmin());
    assertThat(ran.status()).as(ran.body()).isEqualTo(200);
  }

  private JsonObject subscription(long id, Tenants.Account partner) {
    Api.Reply read = api.get("/api/v1/subscriptions/" + id, partner.token());
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    return read.json();
  }

  private static List<String> types(JsonObject subscription) {
    return subscription.getJsonArray("history").stream()
        .map(e -> e.asJsonObject().getString("type"))
        .toList();
  }
}

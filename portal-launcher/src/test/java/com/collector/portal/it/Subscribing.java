package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Subscriptions for end-to-end tests: a plan, an order, and time travel by moving a subscription's
 * dates into the past with SQL (the portal's clock stays real), then running the renewal job.
 */
final class Subscribing {

  private final PortalServer server;
  private final Tenants tenants;
  private final Api api;

  Subscribing(PortalServer server, Tenants tenants) {
    this.server = server;
    this.tenants = tenants;
    this.api = tenants.api();
  }

  /** A new monthly plan without trial, or with {@code trialDays}; answers its id. */
  long plan(Integer trialDays) {
    Api.Reply plan =
        api.post(
            "/api/v1/plans",
            ("{\"code\":%s,\"nameEn\":\"Basic\",\"nameFr\":\"Base\",\"nameNl\":\"Basis\","
                    + "\"terms\":{\"term\":\"MONTHLY\",\"trialDays\":%s}}")
                .formatted(Api.quote(Tenants.unique("basic").toLowerCase()), trialDays),
            tenants.vendorAdmin());
    assertThat(plan.status()).as(plan.body()).isEqualTo(201);
    return plan.json().getJsonNumber("id").longValue();
  }

  /** Orders {@code plan} for {@code customer} as {@code partner}; answers the subscription id. */
  long order(long customer, long plan, boolean autoRenew, Tenants.Account partner) {
    Api.Reply ordered =
        api.post(
            "/api/v1/subscriptions",
            "{\"customerId\":%d,\"planId\":%d,\"autoRenew\":%s}"
                .formatted(customer, plan, autoRenew),
            partner.token());
    assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
    return ordered.json().getJsonNumber("id").longValue();
  }

  /** A new customer of {@code partner} subscribed to a new plan without trial. */
  long subscribe(Tenants.Account partner, boolean autoRenew) {
    long customer = tenants.organization(partner.organizationId(), "subscribed", partner.token());
    return order(customer, plan(null), autoRenew, partner);
  }

  /** Moves every date of the subscription and its history back by {@code interval}. */
  void shift(long id, String interval) throws SQLException {
    try (Connection db = server.connect();
        PreparedStatement subscription =
            db.prepareStatement(
                "UPDATE subscription SET started_at = started_at - ?::interval,"
                    + " period_start = period_start - ?::interval,"
                    + " period_end = period_end - ?::interval,"
                    + " trial_ends_at = trial_ends_at - ?::interval,"
                    + " grace_ends_at = grace_ends_at - ?::interval,"
                    + " reminded_period_end = reminded_period_end - ?::interval,"
                    + " created_at = created_at - ?::interval WHERE id = ?");
        PreparedStatement events =
            db.prepareStatement(
                "UPDATE subscription_event SET effective_at = effective_at - ?::interval"
                    + " WHERE subscription_id = ?")) {
      for (int i = 1; i <= 7; i++) {
        subscription.setString(i, interval);
      }
      subscription.setLong(8, id);
      assertThat(subscription.executeUpdate()).isEqualTo(1);
      events.setString(1, interval);
      events.setLong(2, id);
      events.executeUpdate();
    }
  }

  /** Runs the renewal job as vendor staff; answers what it did. */
  JsonObject run() {
    Api.Reply ran = api.post("/api/v1/subscriptions/renewal-run", null, tenants.vendorAdmin());
    assertThat(ran.status()).as(ran.body()).isEqualTo(200);
    return ran.json();
  }

  JsonObject subscription(long id, Tenants.Account reader) {
    Api.Reply read = api.get("/api/v1/subscriptions/" + id, reader.token());
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    return read.json();
  }

  static List<String> types(JsonObject subscription) {
    return subscription.getJsonArray("history").stream()
        .map(e -> e.asJsonObject().getString("type"))
        .toList();
  }
}

package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The renewal job through the API, after time travel: late runs catch up, a second changes nothing.
 */
@ExtendWith(PortalServer.class)
class RenewalsIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Subscribing subscribing = new Subscribing(server, tenants);

  @Test
  void aLateRunRenewsEveryMissedTermOnceAndASecondRunChangesNothing() throws SQLException {
    Tenants.Account partner = tenants.partnerAdmin("renew-partner");
    long id = subscribing.subscribe(partner, true);
    // The term ended about two months ago: three terms are due, the last one ending in the future.
    subscribing.shift(id, "95 days");

    subscribing.run();
    JsonObject renewed = subscribing.subscription(id, partner);
    assertThat(renewed.getString("state")).isEqualTo("ACTIVE");
    assertThat(Subscribing.types(renewed))
        .containsExactly("ORDERED", "RENEWED", "RENEWED", "RENEWED");
    subscribing.run();
    assertThat(Subscribing.types(subscribing.subscription(id, partner))).hasSize(4);
  }

  @Test
  void anUnpaidTermGoesToGraceThenExpires() throws SQLException {
    Tenants.Account partner = tenants.partnerAdmin("grace-partner");
    long id = subscribing.subscribe(partner, false);
    subscribing.shift(id, "31 days");

    subscribing.run();
    JsonObject inGrace = subscribing.subscription(id, partner);
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

    subscribing.shift(id, "14 days");
    subscribing.run();
    subscribing.run();
    JsonObject expired = subscribing.subscription(id, partner);
    assertThat(expired.getString("state")).isEqualTo("EXPIRED");
    assertThat(Subscribing.types(expired)).containsExactly("ORDERED", "GRACE_STARTED", "EXPIRED");
  }

  @Test
  void onlyVendorStaffRunTheJob() {
    Tenants.Account partner = tenants.partnerAdmin("renew-refused");
    Api.Reply refused = api.post("/api/v1/subscriptions/renewal-run", null, partner.token());
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
  }
}

package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

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
  void aCustomerInGraceReadsButChangesNothingUntilItRenews() throws SQLException {
    Tenants.Account partner = tenants.partnerAdmin("grace-readonly");
    long customer = tenants.organization(partner.organizationId(), "unpaid", partner.token());
    Tenants.Account admin = tenants.user(customer, "CUSTOMER_ADMIN", partner.token());
    long id = subscribing.order(customer, subscribing.plan(null), false, partner);
    subscribing.shift(id, "32 days");
    subscribing.run();

    JsonObject me = api.get("/api/v1/me", admin.token()).json();
    assertThat(me.getString("restriction")).isEqualTo("grace");
    assertThat(me.getJsonArray("effectiveRights").stream().map(Object::toString))
        .containsExactlyInAnyOrder("\"VIEW\"", "\"RUN_EXTRACTION\"", "\"MANAGE_SUBSCRIPTIONS\"");
    assertThat(api.get("/api/v1/users", admin.token()).status())
        .as("reading goes on")
        .isEqualTo(200);
    Api.Reply added = api.post("/api/v1/users", newUser(customer), admin.token());
    assertThat(added.status()).as(added.body()).isEqualTo(403);
    assertThat(added.body()).contains("read-only");

    try (Browser browser = new Browser(server)) {
      browser.signIn(admin.email(), admin.password()).waitForText("read-only");
      browser.open("/users.xhtml").waitForText(admin.email());
      assertThat(browser.find(".restriction").getText()).contains("grace period");
      assertThat(browser.driver().findElements(By.id("list:invite"))).isEmpty();
      assertThat(browser.driver().findElements(By.id("list:create"))).isEmpty();
    }

    Api.Reply renewed = api.post("/api/v1/subscriptions/" + id + "/renewal", null, admin.token());
    assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
    JsonObject paid = api.get("/api/v1/me", admin.token()).json();
    assertThat(paid.get("restriction")).as(paid.toString()).isNull();
    Api.Reply addedNow = api.post("/api/v1/users", newUser(customer), admin.token());
    assertThat(addedNow.status()).as(addedNow.body()).isEqualTo(201);
  }

  private static String newUser(long organization) {
    return ("{\"organizationId\":%d,\"email\":%s,\"displayName\":\"New\",\"language\":\"en\","
            + "\"roles\":[\"CUSTOMER_USER\"],\"initialPassword\":\"Initial-password-unpaid-1\"}")
        .formatted(organization, Api.quote(Tenants.unique("new").toLowerCase() + "@example.test"));
  }

  @Test
  void onlyVendorStaffRunTheJob() {
    Tenants.Account partner = tenants.partnerAdmin("renew-refused");
    Api.Reply refused = api.post("/api/v1/subscriptions/renewal-run", null, partner.token());
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
  }
}

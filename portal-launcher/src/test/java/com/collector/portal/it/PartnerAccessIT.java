package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A customer's partner reaches its data by a grant the customer can suspend. */
@ExtendWith(PortalServer.class)
class PartnerAccessIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();

  @Test
  void aSuspendedPartnerSeesNothingOfTheCustomerUntilTheCustomerResumes() {
    Tenants.Account partner = tenants.partnerAdmin("grant");
    long customer = tenants.organization(partner.organizationId(), "Granting", partner.token());
    Tenants.Account owner = tenants.user(customer, "CUSTOMER_ADMIN", partner.token());
    String collectorRefresh =
        api.post(
                "/api/v1/auth/token",
                "{\"email\":%s,\"password\":%s,\"customerId\":%d}"
                    .formatted(Api.quote(partner.email()), Api.quote(partner.password()), customer),
                null)
            .json()
            .getString("refreshToken");
    String access = "/api/v1/organizations/" + customer + "/partner-access";

    JsonObject view = api.get(access, owner.token()).json();
    assertThat(view.getJsonNumber("partnerId").longValue()).isEqualTo(partner.organizationId());
    assertThat(view.getBoolean("suspended")).isFalse();
    assertThat(view.getJsonArray("users").toString()).contains(partner.email());

    Api.Reply suspended = api.post(access + "/suspension", null, owner.token());
    assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
    assertThat(suspended.json().getBoolean("suspended")).isTrue();

    assertThat(api.get("/api/v1/organizations/" + customer, partner.token()).status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/organizations", partner.token()).body()).doesNotContain("Granting");
    assertThat(api.get("/api/v1/users?organizationId=" + customer, partner.token()).body())
        .doesNotContain(owner.email());
    assertThat(
            api.post(
                    "/api/v1/users",
                    ("{\"organizationId\":%d,\"email\":\"late@example.test\",\"displayName\":\"L\","
                            + "\"language\":\"en\",\"roles\":[\"CUSTOMER_USER\"],"
                            + "\"initialPassword\":\"Initial-password-42\"}")
                        .formatted(customer),
                    partner.token())
                .status())
        .isEqualTo(404);
    assertThat(api.delete(access + "/suspension", partner.token()).status())
        .as("the partner cannot lift it")
        .isEqualTo(404);
    assertThat(
            api.post(
                    "/api/v1/auth/refresh", "{\"refreshToken\":\"" + collectorRefresh + "\"}", null)
                .status())
        .as("the partner's Collector session for the customer ends")
        .isEqualTo(401);
    assertThat(api.get("/api/v1/organizations/" + customer, tenants.vendorAdmin()).status())
        .as("the vendor keeps access")
        .isEqualTo(200);

    assertThat(api.delete(access + "/suspension", owner.token()).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/organizations/" + customer, partner.token()).status())
        .isEqualTo(200);
    assertThat(api.get("/api/v1/audit/export", owner.token()).body())
        .contains("organization.partner-access-suspended")
        .contains("organization.partner-access-resumed");
  }

  @Test
  void onlyTheCustomersManagersAndTheVendorDecide() {
    Tenants.Account partner = tenants.partnerAdmin("grant-who");
    long customer = tenants.organization(partner.organizationId(), "Deciding", partner.token());
    Tenants.Account clerk = tenants.user(customer, "CUSTOMER_USER", partner.token());
    long other = tenants.organization(partner.organizationId(), "Other", partner.token());
    Tenants.Account otherOwner = tenants.user(other, "CUSTOMER_ADMIN", partner.token());
    String access = "/api/v1/organizations/" + customer + "/partner-access";

    assertThat(api.get(access, clerk.token()).status()).isEqualTo(200);
    assertThat(api.post(access + "/suspension", null, clerk.token()).status()).isEqualTo(403);
    assertThat(api.post(access + "/suspension", null, partner.token()).status()).isEqualTo(403);
    assertThat(api.get(access, otherOwner.token()).status()).isEqualTo(404);
    assertThat(api.post(access + "/suspension", null, otherOwner.token()).status()).isEqualTo(404);
    Api.Reply notACustomer =
        api.get(
            "/api/v1/organizations/" + partner.organizationId() + "/partner-access",
            partner.token());
    assertThat(notACustomer.status()).isEqualTo(400);
    assertThat(notACustomer.problemFields()).isEqualTo("id");
    assertThat(api.post(access + "/suspension", null, tenants.vendorAdmin()).status())
        .isEqualTo(200);
    assertThat(api.get("/api/v1/organizations/" + customer, partner.token()).status())
        .isEqualTo(404);
  }

  @Test
  void theCustomerAdminSuspendsOnThePage() {
    Tenants.Account partner = tenants.partnerAdmin("grant-page");
    long customer = tenants.organization(partner.organizationId(), "Paged", partner.token());
    Tenants.Account owner = tenants.user(customer, "CUSTOMER_ADMIN", partner.token());

    try (Browser browser = new Browser(server)) {
      browser.signIn(owner.email(), owner.password()).waitForText("Welcome");
      browser.open("/partner-access.xhtml").waitForText(partner.email());
      browser
          .click("#access\\:suspend")
          .waitFor("#access\\:confirmYes")
          .click("#access\\:confirmYes")
          .waitForText("access is suspended");
    }
    assertThat(api.get("/api/v1/organizations/" + customer, partner.token()).status())
        .isEqualTo(404);

    String customerName =
        api.get("/api/v1/organizations/" + customer, tenants.vendorAdmin())
            .json()
            .getString("name");
    try (Browser vendor = new Browser(server)) {
      vendor.signIn(PortalServer.ADMIN_EMAIL, Tenants.PASSWORD).waitForText("Welcome");
      vendor.open("/organizations.xhtml").type("#list\\:search", customerName);
      vendor.waitFor("a[href*='partner-access.xhtml?id=" + customer + "']");
      vendor.click("a[href*='partner-access.xhtml?id=" + customer + "']");
      vendor.waitForText("access is suspended").click("#access\\:resume");
      vendor.waitForText("access is resumed");
    }
    assertThat(api.get("/api/v1/organizations/" + customer, partner.token()).status())
        .isEqualTo(200);
  }
}

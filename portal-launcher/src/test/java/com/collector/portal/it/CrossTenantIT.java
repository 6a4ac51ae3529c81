package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One tenant's users never see, change or create anything in another tenant's subtree. */
@ExtendWith(PortalServer.class)
class CrossTenantIT {

  private final Tenants tenants = new Tenants(PortalServer.get());
  private final Api api = tenants.api();

  @Test
  void aPartnerCannotListReadEditOrCreateUnderAnotherPartner() {
    Tenants.Account a = tenants.partnerAdmin("tenant-a");
    Tenants.Account b = tenants.partnerAdmin("tenant-b");
    long customerOfB = tenants.organization(b.organizationId(), "customer-of-b", b.token());

    String listedByA = api.get("/api/v1/organizations?limit=200", a.token()).body();
    assertThat(listedByA).doesNotContain("customer-of-b").doesNotContain("tenant-b");
    assertThat(api.get("/api/v1/organizations/" + customerOfB, a.token()).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/organizations/" + b.organizationId(), a.token()).status())
        .isEqualTo(404);
    assertThat(
            api.put("/api/v1/organizations/" + customerOfB, "{\"name\":\"Hijacked\"}", a.token())
                .status())
        .isEqualTo(404);
    assertThat(
            api.post(
                    "/api/v1/organizations",
                    "{\"parentId\":%d,\"name\":\"Planted\"}".formatted(b.organizationId()),
                    a.token())
                .status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/organizations/" + customerOfB, b.token()).json().getString("name"))
        .startsWith("customer-of-b");
    assertThat(api.get("/api/v1/organizations?q=Planted", b.token()).json().getInt("total"))
        .isZero();
  }

  @Test
  void aPartnerCannotActAboveItselfOrOnTheVendor() {
    Tenants.Account a = tenants.partnerAdmin("above");
    long vendor = tenants.vendorOrganizationId();

    assertThat(api.get("/api/v1/organizations/" + vendor, a.token()).status()).isEqualTo(404);
    assertThat(
            api.put("/api/v1/organizations/" + vendor, "{\"name\":\"Taken over\"}", a.token())
                .status())
        .isEqualTo(404);
    assertThat(
            api.post(
                    "/api/v1/organizations",
                    "{\"parentId\":%d,\"name\":\"Rogue partner\"}".formatted(vendor),
                    a.token())
                .status())
        .isEqualTo(404);
  }

  @Test
  void aCustomerSeesItselfButNotItsSibling() {
    Tenants.Account partner = tenants.partnerAdmin("siblings");
    long first = tenants.organization(partner.organizationId(), "first-customer", partner.token());
    long second =
        tenants.organization(partner.organizationId(), "second-customer", partner.token());
    Tenants.Account customer = tenants.user(first, "CUSTOMER_ADMIN", partner.token());

    assertThat(OrganizationsIT.names(api.get("/api/v1/organizations", customer.token()).json()))
        .singleElement()
        .asString()
        .startsWith("first-customer");
    assertThat(api.get("/api/v1/organizations/" + second, customer.token()).status())
        .isEqualTo(404);
    assertThat(
            api.get("/api/v1/organizations/" + partner.organizationId(), customer.token()).status())
        .isEqualTo(404);
    assertThat(
            api.get("/api/v1/users?organizationId=" + second, customer.token())
                .json()
                .getInt("total"))
        .isZero();
    assertThat(
            api.put(
                    "/api/v1/organizations/" + first,
                    "{\"name\":\"Renamed by its admin\"}",
                    customer.token())
                .status())
        .as("a customer admin edits its own organization")
        .isEqualTo(200);
    assertThat(
            api.post(
                    "/api/v1/organizations",
                    "{\"parentId\":%d,\"name\":\"Sub\"}".formatted(first),
                    customer.token())
                .status())
        .as("a customer has no sub-organizations")
        .isEqualTo(400);
  }

  @Test
  void usersAndAuditOfAnotherTenantAreInvisibleAndUntouchable() {
    Tenants.Account a = tenants.partnerAdmin("users-a");
    Tenants.Account b = tenants.partnerAdmin("users-b");
    Tenants.Account userOfB = tenants.user(b.organizationId(), "PARTNER_USER", b.token());

    assertThat(api.get("/api/v1/users?limit=200", a.token()).body())
        .doesNotContain(userOfB.email())
        .doesNotContain(b.email());
    assertThat(api.get("/api/v1/users/" + userOfB.id(), a.token()).status()).isEqualTo(404);
    assertThat(
            api.put(
                    "/api/v1/users/" + userOfB.id() + "/roles",
                    "{\"roles\":[\"PARTNER_ADMIN\"]}",
                    a.token())
                .status())
        .isEqualTo(404);
    assertThat(api.post("/api/v1/users/" + userOfB.id() + "/disable", null, a.token()).status())
        .isEqualTo(404);
    assertThat(api.post("/api/v1/users/" + userOfB.id() + "/enable", null, a.token()).status())
        .isEqualTo(404);
    assertThat(
            api.post(
                    "/api/v1/users",
                    ("{\"organizationId\":%d,\"email\":\"planted@example.test\","
                            + "\"displayName\":\"P\",\"language\":\"en\","
                            + "\"roles\":[\"PARTNER_USER\"],\"initialPassword\":\"Long-enough-password-1\"}")
                        .formatted(b.organizationId()),
                    a.token())
                .status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/audit?limit=200", a.token()).body())
        .doesNotContain(userOfB.email());
  }

  @Test
  void nobodyRaisesTheirOwnRightsOrGrantsRightsTheyLack() {
    Tenants.Account admin = tenants.partnerAdmin("escalate");
    Tenants.Account plain = tenants.user(admin.organizationId(), "PARTNER_USER", admin.token());

    assertThat(
            api.put(
                    "/api/v1/users/" + admin.id() + "/roles",
                    "{\"roles\":[\"PARTNER_ADMIN\",\"PARTNER_USER\"]}",
                    admin.token())
                .status())
        .as("own roles")
        .isEqualTo(403);
    assertThat(
            api.put(
                    "/api/v1/users/" + plain.id() + "/roles",
                    "{\"roles\":[\"PARTNER_ADMIN\"]}",
                    plain.token())
                .status())
        .as("without MANAGE_USERS")
        .isEqualTo(403);
    assertThat(
            api.put(
                    "/api/v1/users/" + plain.id() + "/roles",
                    "{\"roles\":[\"VENDOR_ADMIN\"]}",
                    admin.token())
                .status())
        .as("a right the partner admin lacks")
        .isEqualTo(403);
    assertThat(
            api.get("/api/v1/users/" + plain.id(), admin.token())
                .json()
                .getJsonArray("roles")
                .getString(0))
        .isEqualTo("PARTNER_USER");
    assertThat(api.get("/api/v1/audit", plain.token()).status())
        .as("audit needs ADMINISTER")
        .isEqualTo(403);
  }

  @Test
  void theLastAdministratorCannotBeDisabledOrDemoted() {
    Tenants.Account admin = tenants.partnerAdmin("last-admin");
    Tenants.Account vendor =
        new Tenants.Account(
            0, PortalServer.ADMIN_EMAIL, Tenants.PASSWORD, 0, tenants.vendorAdmin());

    Api.Reply demoted =
        api.put(
            "/api/v1/users/" + admin.id() + "/roles",
            "{\"roles\":[\"PARTNER_USER\"]}",
            vendor.token());
    Api.Reply disabled = api.post("/api/v1/users/" + admin.id() + "/disable", null, vendor.token());

    assertThat(demoted.status()).isEqualTo(409);
    assertThat(disabled.status()).isEqualTo(409);
    assertThat(api.get("/api/v1/me", admin.token()).status()).isEqualTo(200);
  }
}

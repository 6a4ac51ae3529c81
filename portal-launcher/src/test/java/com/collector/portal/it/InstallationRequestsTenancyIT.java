package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Installation requests stay inside their tenant: another partner can neither request for this
 * partner's customers nor see, change or move their requests; the customer reads its own; a draft
 * is its author's and survives signing out.
 */
@ExtendWith(PortalServer.class)
class InstallationRequestsTenancyIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Mailbox mailbox = new Mailbox(server);
  private final Api api = tenants.api();
  private final Requesting requesting = new Requesting(tenants);

  @Test
  void anotherPartnerNeitherRequestsForNorSeesThisPartnersCustomers() {
    Tenants.Account partner = tenants.partnerAdmin("req-own");
    Tenants.Account other = tenants.partnerAdmin("req-other");
    long plan = requesting.plan();
    JsonObject submitted =
        requesting.submitted(
            Requesting.newCustomer(Tenants.unique("Own"), "LU26375245", "sql-server", plan),
            partner.token());
    long id = Requesting.id(submitted);
    long customer = submitted.getJsonObject("request").getJsonNumber("customerId").longValue();

    String forTheirCustomer =
        Configuring.json(
            "{'customer':{'id':"
                + customer
                + "},"
                + Requesting.environment("sql-server")
                + ","
                + Requesting.rest()
                + "}");
    assertThat(requesting.submit(forTheirCustomer, other.token()).status()).isEqualTo(404);
    assertThat(
            api.post(Requesting.REQUESTS + "?draft=true", forTheirCustomer, other.token()).status())
        .isEqualTo(404);
    assertThat(api.get(Requesting.REQUESTS + "/" + id, other.token()).status()).isEqualTo(404);
    assertThat(api.put(Requesting.REQUESTS + "/" + id, "{}", other.token()).status())
        .isEqualTo(404);
    assertThat(api.get(Requesting.REQUESTS, other.token()).json().getInt("total")).isZero();
    assertThat(requesting.move(id, "accept", null, other.token()).status()).isEqualTo(404);
    assertThat(requesting.move(id, "accept", null, partner.token()).status())
        .as("partners do not work requests")
        .isEqualTo(403);

    Tenants.Account customerAdmin = tenants.user(customer, "CUSTOMER_ADMIN", partner.token());
    assertThat(Requesting.state(requesting.get(id, customerAdmin.token()))).isEqualTo("SUBMITTED");
    assertThat(requesting.submit(forTheirCustomer, customerAdmin.token()).status())
        .as("customers follow requests, they do not write them")
        .isEqualTo(403);
    assertThat(
            api.get(Requesting.REQUESTS + "?state=SUBMITTED", partner.token())
                .json()
                .getInt("total"))
        .isEqualTo(1);
  }

  @Test
  void vendorStaffRequestForANewCustomerOfThePartnerTheyName() {
    Tenants.Account partner = tenants.partnerAdmin("req-vendor-p");
    Tenants.Account other = tenants.partnerAdmin("req-vendor-q");
    Tenants.Account agent =
        tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());
    long plan = requesting.plan();
    String name = Tenants.unique("Brasserie");
    String forPartner =
        Requesting.newCustomer(name, "BE0417497106", "sql-server", plan)
            .replace("{\"customer\":{", "{\"customer\":{\"partnerId\":%d,");

    Api.Reply withoutPartner =
        requesting.submit(
            Requesting.newCustomer(name, "BE0417497106", "sql-server", plan), agent.token());
    assertThat(withoutPartner.status()).as(withoutPartner.body()).isEqualTo(400);
    assertThat(withoutPartner.problemFields()).isEqualTo("customer.partnerId");

    JsonObject submitted =
        requesting.submitted(forPartner.formatted(partner.organizationId()), agent.token());
    long customer = submitted.getJsonObject("request").getJsonNumber("customerId").longValue();
    JsonObject created = api.get("/api/v1/organizations/" + customer, partner.token()).json();
    assertThat(created.getString("name")).isEqualTo(name);
    assertThat(created.getJsonNumber("parentId").longValue()).isEqualTo(partner.organizationId());
    assertThat(Requesting.state(requesting.get(Requesting.id(submitted), partner.token())))
        .as("the partner follows the request made for its customer")
        .isEqualTo("SUBMITTED");
    mailbox.awaitSubject(partner.email(), "Installation request #" + Requesting.id(submitted));

    String another = Tenants.unique("Brasserie");
    Api.Reply foreign =
        requesting.submit(
            Requesting.newCustomer(another, "BE0417497106", "sql-server", plan)
                .replace("{\"customer\":{", "{\"customer\":{\"partnerId\":%d,")
                .formatted(partner.organizationId()),
            other.token());
    assertThat(foreign.status()).as("a partner names no other partner").isEqualTo(404);
    assertThat(
            api.get("/api/v1/organizations?q=" + another, tenants.vendorAdmin())
                .json()
                .getInt("total"))
        .isZero();
  }

  @Test
  void aDraftIsItsAuthorsAndSurvivesSigningOut() {
    Tenants.Account admin = tenants.partnerAdmin("req-draft");
    Tenants.Account author = tenants.user(admin.organizationId(), "PARTNER_USER", admin.token());
    Api.Reply saved =
        api.post(
            Requesting.REQUESTS + "?draft=true",
            Configuring.json("{'customer':{'name':'Half done','vatNumber':'NL004495445B01'}}"),
            author.token());
    assertThat(saved.status()).as(saved.body()).isEqualTo(201);
    long id = Requesting.id(saved.json());
    assertThat(Requesting.state(saved.json())).isEqualTo("DRAFT");

    // Signed out (the API keeps no session): a new sign-in finds the draft as it was saved.
    String again = tenants.token(author.email(), author.password());
    JsonObject resumed = requesting.get(id, again);
    assertThat(resumed.getJsonObject("answers").getJsonObject("customer").getString("vatNumber"))
        .isEqualTo("NL004495445B01");
    assertThat(api.get(Requesting.REQUESTS + "/" + id, admin.token()).status())
        .as("a colleague does not see someone's draft")
        .isEqualTo(404);

    Api.Reply bad =
        api.put(
            Requesting.REQUESTS + "/" + id,
            Configuring.json("{'customer':{'name':'Half done','vatNumber':'NL004495446B01'}}"),
            again);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.problemFields()).isEqualTo("customer.vatNumber");
    Api.Reply incomplete = api.post(Requesting.REQUESTS + "/" + id + "/submit", null, again);
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(Requesting.state(requesting.get(id, again))).isEqualTo("DRAFT");
  }
}

package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Plan templates: the portal's defaults, the vendor's own, and plans started from them. */
@ExtendWith(PortalServer.class)
class TicketTemplatesIT {

  private static final String TEMPLATES = "/api/v1/ticket-templates";

  private final Tenants tenants = new Tenants(PortalServer.get());
  private final Api api = tenants.api();
  private final Ticketing ticketing = new Ticketing(api);

  @Test
  void aNewInstallationTicketStartsFromTheSixStandardSteps() {
    Tenants.Account partner = tenants.partnerAdmin("tk-tpl");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    Tenants.Account agent = agent();
    long number = open(customer, "installation", partner.token());

    Api.Reply planned = api.post(plan(number), null, agent.token());
    assertThat(planned.status()).as(planned.body()).isEqualTo(200);
    assertThat(planned.json().getJsonArray("plan")).hasSize(6);
    assertThat(progress(ticketing.get(number, partner.token()))).isEqualTo("0 of 6 steps done");
    assertThat(api.post(plan(number), null, partner.token()).status()).isEqualTo(403);
  }

  @Test
  void vendorAdministratorsWriteATemplateWhoseInternalStepsStayInternal() {
    Tenants.Account partner = tenants.partnerAdmin("tk-tpl-own");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    Tenants.Account agent = agent();
    String template =
        "{\"name\":\"Change\",\"steps\":[{\"description\":\"Agree on it\"},"
            + "{\"description\":\"Check the licence\",\"internal\":true},{\"description\":\"Apply it\"}]}";

    assertThat(api.put(TEMPLATES + "/configuration_change", template, agent.token()).status())
        .isEqualTo(403);
    assertThat(api.put(TEMPLATES + "/configuration_change", template, partner.token()).status())
        .isEqualTo(403);
    Api.Reply written =
        api.put(TEMPLATES + "/configuration_change", template, tenants.vendorAdmin());
    assertThat(written.status()).as(written.body()).isEqualTo(200);
    assertThat(written.json().getBoolean("builtIn")).isFalse();
    JsonObject listed =
        Api.parse(api.get(TEMPLATES, agent.token()).body())
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(t -> t.getString("category").equals("CONFIGURATION_CHANGE"))
            .findFirst()
            .orElseThrow();
    assertThat(listed.getJsonArray("steps")).hasSize(3);
    assertThat(api.get(TEMPLATES, partner.token()).status()).isEqualTo(403);

    long number = open(customer, "configuration_change", partner.token());
    api.post(plan(number), null, agent.token());
    assertThat(ticketing.get(number, agent.token()).getJsonArray("plan")).hasSize(3);
    assertThat(ticketing.get(number, partner.token()).getJsonArray("plan")).hasSize(2);
    assertThat(api.get("/api/v1/tickets/" + number, partner.token()).body())
        .doesNotContain("licence");
  }

  @Test
  void aTemplateWithoutStepsOrWithABlankStepIsRefusedAndTheOldOneKept() {
    Api.Reply empty =
        api.put(
            TEMPLATES + "/subscription", "{\"name\":\"x\",\"steps\":[]}", tenants.vendorAdmin());
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.problemFields()).isEqualTo("steps");
    Api.Reply blank =
        api.put(
            TEMPLATES + "/subscription",
            "{\"name\":\" \",\"steps\":[{\"description\":\" \"}]}",
            tenants.vendorAdmin());
    assertThat(blank.problemFields()).isEqualTo("name,steps[0].description");
    assertThat(api.put(TEMPLATES + "/holiday", "{}", tenants.vendorAdmin()).problemFields())
        .isEqualTo("category");
    assertThat(
            api.get(TEMPLATES + "/subscription", tenants.vendorAdmin())
                .json()
                .getBoolean("builtIn"))
        .isTrue();
  }

  private long open(long customer, String category, String token) {
    Api.Reply reply =
        api.post(
            "/api/v1/tickets",
            ("{\"customerId\":%d,\"subject\":\"Planned\",\"description\":\"d\",\"category\":\"%s\"}")
                .formatted(customer, category),
            token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return Ticketing.number(reply.json());
  }

  private static String plan(long number) {
    return "/api/v1/tickets/" + number + "/plan/template";
  }

  private Tenants.Account agent() {
    return tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());
  }

  private static String progress(JsonObject detail) {
    return detail.getJsonObject("ticket").getJsonObject("progress").getString("label");
  }
}

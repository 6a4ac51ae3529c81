package com.collector.portal.it;

import static com.collector.portal.it.Ticketing.TICKETS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who sees which tickets and entries: agent, the partner, the customer, another partner and another
 * customer, each against public and internal entries and steps, and every ticket call.
 */
@ExtendWith(PortalServer.class)
class TicketsTenancyIT {

  private final Tenants tenants = new Tenants(PortalServer.get());
  private final Api api = tenants.api();
  private final Ticketing ticketing = new Ticketing(api);

  @Test
  void internalEntriesAndStepsReachCustomerServiceOnly() {
    Tenants.Account partner = tenants.partnerAdmin("tk-vis");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    Tenants.Account clerk = tenants.user(customer, "CUSTOMER_USER", partner.token());
    Tenants.Account agent = agent();
    long number = ticketing.opened(customer, "Visibility", clerk.token());
    ticketing.comment(number, "public answer", false, agent.token());
    ticketing.comment(number, "internal: customer is grumpy", true, agent.token());
    ticketing.step(number, "public step", false, agent.token());
    ticketing.step(number, "internal step", true, agent.token());

    assertThat(ticketing.timeline(number, agent.token()))
        .contains("public answer", "internal: customer is grumpy", "Planned: internal step");
    for (String token : List.of(partner.token(), clerk.token())) {
      assertThat(ticketing.timeline(number, token))
          .contains("public answer", "Planned: public step")
          .doesNotContain("internal: customer is grumpy", "Planned: internal step");
      assertThat(api.get(TICKETS + "/" + number, token).body())
          .doesNotContain("grumpy")
          .doesNotContain("internal step");
      assertThat(ticketing.get(number, token).getJsonArray("plan")).hasSize(1);
    }
    Api.Reply internalByPartner = ticketing.comment(number, "sneaky", true, partner.token());
    assertThat(internalByPartner.status()).isEqualTo(403);
    assertThat(internalByPartner.isProblem()).isTrue();
    assertThat(ticketing.timeline(number, agent.token())).doesNotContain("sneaky");
  }

  @Test
  void anotherPartnerAndAnotherCustomerGet404OnEveryCallAndSeeNothingListed() {
    Tenants.Account partner = tenants.partnerAdmin("tk-own");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    long sibling = tenants.organization(partner.organizationId(), "sibling", partner.token());
    Tenants.Account siblingUser = tenants.user(sibling, "CUSTOMER_ADMIN", partner.token());
    Tenants.Account otherPartner = tenants.partnerAdmin("tk-other");
    Tenants.Account agent = agent();
    long number = ticketing.opened(customer, "Mine only", partner.token());
    long stepId =
        ticketing
            .step(number, "a step", false, agent.token())
            .json()
            .getJsonArray("plan")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();

    for (String intruder : List.of(otherPartner.token(), siblingUser.token())) {
      assertThat(api.get(TICKETS + "/" + number, intruder).status()).isEqualTo(404);
      assertThat(ticketing.comment(number, "hello", false, intruder).status()).isEqualTo(404);
      assertThat(ticketing.move(number, "closed", intruder).status()).isEqualTo(404);
      assertThat(api.get(TICKETS + "?q=Mine%20only", intruder).json().getInt("total")).isZero();
      assertThat(api.get(TICKETS + "?customerId=" + customer, intruder).json().getInt("total"))
          .isZero();
      assertThat(ticketing.open(customer, "on their behalf", intruder).problemFields())
          .isEqualTo("customerId");
    }
    assertThat(ticketing.progress(number, stepId, "done", otherPartner.token()).status())
        .isEqualTo(403);
    assertThat(ticketing.timeline(number, agent.token())).doesNotContain("hello");
    assertThat(api.get(TICKETS + "?customerId=" + customer, partner.token()).json().getInt("total"))
        .isEqualTo(1);
    assertThat(api.get(TICKETS + "/" + number, agent.token()).status()).isEqualTo(200);
  }

  @Test
  void onlyAgentsWorkTicketsAndOnlyAgentsCanBeAssigned() {
    Tenants.Account partner = tenants.partnerAdmin("tk-rights");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    Tenants.Account releaseManager =
        tenants.user(tenants.vendorOrganizationId(), "RELEASE_MANAGER", tenants.vendorAdmin());
    Tenants.Account agent = agent();
    long number = ticketing.opened(customer, "Rights", partner.token());
    String assignPartner = "{\"agentId\":%d}".formatted(partner.id());

    assertThat(ticketing.step(number, "x", false, partner.token()).status()).isEqualTo(403);
    assertThat(ticketing.step(number, "x", false, releaseManager.token()).status()).isEqualTo(403);
    assertThat(
            api.put(TICKETS + "/" + number + "/assignment", assignPartner, partner.token())
                .status())
        .isEqualTo(403);
    Api.Reply notAnAgent =
        api.put(TICKETS + "/" + number + "/assignment", assignPartner, agent.token());
    assertThat(notAnAgent.status()).isEqualTo(400);
    assertThat(notAnAgent.problemFields()).isEqualTo("agentId");
    assertThat(api.get(TICKETS + "/agents", partner.token()).status()).isEqualTo(403);
    assertThat(api.get(TICKETS + "/agents", agent.token()).body()).contains(agent.email());
    assertThat(
            ticketing
                .get(number, releaseManager.token())
                .getJsonObject("ticket")
                .getString("state"))
        .as("vendor staff read tickets")
        .isEqualTo("NEW");
  }

  private Tenants.Account agent() {
    return tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());
  }
}

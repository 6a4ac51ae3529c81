package com.collector.portal.it;

import static com.collector.portal.it.Ticketing.TICKETS;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Related tickets and reclassification: agents' work, each reader seeing only their subtree. */
@ExtendWith(PortalServer.class)
class TicketLinksIT {

  private final Tenants tenants = new Tenants(PortalServer.get());
  private final Api api = tenants.api();
  private final Ticketing ticketing = new Ticketing(api);

  @Test
  void aLinkAcrossCustomersIsSeenByCustomerServiceOnly() {
    Tenants.Account partner = tenants.partnerAdmin("tk-link");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    Tenants.Account otherPartner = tenants.partnerAdmin("tk-link-other");
    long otherCustomer =
        tenants.organization(otherPartner.organizationId(), "shop", otherPartner.token());
    Tenants.Account agent = agent();
    long first = ticketing.opened(customer, "Export fails", partner.token());
    long second = ticketing.opened(customer, "Export fails again", partner.token());
    long foreign = ticketing.opened(otherCustomer, "Same bug elsewhere", otherPartner.token());

    assertThat(api.put(link(first, second), null, partner.token()).status()).isEqualTo(403);
    assertThat(api.put(link(first, second), null, agent.token()).status()).isEqualTo(200);
    assertThat(api.put(link(first, foreign), null, agent.token()).status()).isEqualTo(200);
    assertThat(api.put(link(first, first), null, agent.token()).problemFields())
        .isEqualTo("number");

    assertThat(related(first, agent.token())).containsExactlyInAnyOrder(second, foreign);
    assertThat(related(first, partner.token())).containsExactly(second);
    assertThat(related(second, partner.token())).containsExactly(first);
    assertThat(related(foreign, otherPartner.token())).isEmpty();
    assertThat(ticketing.timeline(first, partner.token()))
        .contains("Related to T-" + second)
        .noneMatch(b -> b.contains("T-" + foreign));
    assertThat(ticketing.timeline(foreign, otherPartner.token()))
        .noneMatch(b -> b.contains("T-" + first));

    assertThat(api.delete(link(second, first), agent.token()).status()).isEqualTo(200);
    assertThat(related(first, agent.token())).containsExactly(foreign);
    assertThat(related(second, agent.token())).isEmpty();
  }

  @Test
  void anAgentRaisesThePriorityAndTheServiceLevelFollows() {
    Tenants.Account partner = tenants.partnerAdmin("tk-prio");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    Tenants.Account agent = agent();
    long number = ticketing.opened(customer, "Slow", partner.token());
    Instant before = due(ticketing.get(number, agent.token()));

    String urgent = "{\"priority\":\"urgent\",\"category\":\"incident\"}";
    assertThat(api.put(classification(number), urgent, partner.token()).status()).isEqualTo(403);
    Api.Reply raised = api.put(classification(number), urgent, agent.token());
    assertThat(raised.status()).as(raised.body()).isEqualTo(200);
    JsonObject ticket = raised.json().getJsonObject("ticket");
    assertThat(ticket.getString("priority")).isEqualTo("URGENT");
    assertThat(ticket.getString("category")).isEqualTo("INCIDENT");
    assertThat(due(raised.json())).isBefore(before);
    assertThat(ticketing.timeline(number, partner.token()))
        .contains("Priority NORMAL → URGENT, SUPPORT → INCIDENT");
    assertThat(
            api.put(classification(number), "{\"priority\":\"asap\"}", agent.token())
                .problemFields())
        .isEqualTo("priority");
  }

  @Test
  void anAgentMergesADuplicateAndSchedulesAStepOthersCannot() {
    Tenants.Account partner = tenants.partnerAdmin("tk-merge");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    Tenants.Account otherPartner = tenants.partnerAdmin("tk-merge-other");
    long otherCustomer =
        tenants.organization(otherPartner.organizationId(), "shop", otherPartner.token());
    Tenants.Account agent = agent();
    long kept = ticketing.opened(customer, "Export fails", partner.token());
    long duplicate = ticketing.opened(customer, "Export fails too", partner.token());
    long foreign = ticketing.opened(otherCustomer, "Elsewhere", otherPartner.token());
    String into = "{\"into\":" + kept + "}";

    assertThat(api.post(merge(duplicate), into, partner.token()).status()).isEqualTo(403);
    assertThat(api.post(merge(duplicate), into, otherPartner.token()).status()).isEqualTo(403);
    Api.Reply across = api.post(merge(foreign), into, agent.token());
    assertThat(across.status()).isEqualTo(409);
    assertThat(across.problemFields()).isEqualTo("target");
    assertThat(api.post(merge(duplicate), "{}", agent.token()).problemFields()).isEqualTo("into");
    Api.Reply merged = api.post(merge(duplicate), into, agent.token());
    assertThat(merged.status()).as(merged.body()).isEqualTo(200);
    JsonObject closed = ticketing.get(duplicate, partner.token()).getJsonObject("ticket");
    assertThat(closed.getString("state")).isEqualTo("CLOSED");
    assertThat(closed.getString("mergedInto")).isEqualTo("T-" + kept);
    assertThat(ticketing.timeline(kept, partner.token()))
        .contains("T-" + duplicate + " was merged here");
    assertThat(
            ticketing.get(foreign, otherPartner.token()).getJsonObject("ticket").getString("state"))
        .isEqualTo("NEW");

    long step =
        ticketing
            .step(kept, "Call the customer", false, agent.token())
            .json()
            .getJsonArray("plan")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String schedule = "{\"assigneeId\":%d,\"dueOn\":\"2026-12-24\"}".formatted(agent.id());
    assertThat(api.put(schedule(kept, step), schedule, partner.token()).status()).isEqualTo(403);
    assertThat(api.put(schedule(foreign, step), schedule, agent.token()).status())
        .as("a step of another ticket")
        .isEqualTo(404);
    assertThat(
            api.put(schedule(kept, step), "{\"dueOn\":\"24/12\"}", agent.token()).problemFields())
        .isEqualTo("dueOn");
    assertThat(
            api.put(
                    schedule(kept, step),
                    "{\"assigneeId\":%d}".formatted(partner.id()),
                    agent.token())
                .problemFields())
        .isEqualTo("assigneeId");
    Api.Reply scheduled = api.put(schedule(kept, step), schedule, agent.token());
    assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
    JsonObject planned = scheduled.json().getJsonArray("plan").getJsonObject(0);
    assertThat(planned.getString("dueOn")).isEqualTo("2026-12-24");
    assertThat(planned.getJsonNumber("assigneeId").longValue()).isEqualTo(agent.id());
  }

  private List<Long> related(long number, String token) {
    return ticketing
        .get(number, token)
        .getJsonArray("related")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(r -> r.getJsonNumber("number").longValue())
        .toList();
  }

  private static Instant due(JsonObject detail) {
    return Instant.parse(
        detail.getJsonObject("ticket").getJsonObject("serviceLevel").getString("nextDueAt"));
  }

  private static String link(long number, long other) {
    return TICKETS + "/" + number + "/links/" + other;
  }

  private static String merge(long number) {
    return TICKETS + "/" + number + "/merge";
  }

  private static String schedule(long number, long step) {
    return TICKETS + "/" + number + "/plan/" + step + "/schedule";
  }

  private static String classification(long number) {
    return TICKETS + "/" + number + "/classification";
  }

  private Tenants.Account agent() {
    return tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());
  }
}

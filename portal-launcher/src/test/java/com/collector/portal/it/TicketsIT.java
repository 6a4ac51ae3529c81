package com.collector.portal.it;

import static com.collector.portal.it.Ticketing.TICKETS;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A ticket's life through the API: opening, plan, work, moves, deduplication, bad input. */
@ExtendWith(PortalServer.class)
class TicketsIT {

  private final Tenants tenants = new Tenants(PortalServer.get());
  private final Api api = tenants.api();
  private final Ticketing ticketing = new Ticketing(api);

  @Test
  void aCustomerOpensAnAgentPlansAndResolvesAndTheCustomerConfirms() {
    Tenants.Account partner = tenants.partnerAdmin("tk-life");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    Tenants.Account clerk = tenants.user(customer, "CUSTOMER_USER", partner.token());
    Tenants.Account agent = agent();

    Api.Reply opened =
        api.post(
            TICKETS,
            "{\"subject\":\" Export stops \",\"description\":\"At 50 %\",\"category\":\"incident\","
                + "\"priority\":\"high\"}",
            clerk.token());
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    long number = Ticketing.number(opened.json());
    assertThat(opened.header("Location")).endsWith(TICKETS + "/" + number);
    assertThat(opened.json().getString("reference")).isEqualTo("T-" + number);
    assertThat(opened.json().getString("subject")).isEqualTo("Export stops");
    assertThat(opened.json().getString("state")).isEqualTo("NEW");
    assertThat(opened.json().getString("source")).isEqualTo("MANUAL");
    assertThat(opened.json().getJsonNumber("customerId").longValue()).isEqualTo(customer);

    Api.Reply assigned =
        api.put(
            TICKETS + "/" + number + "/assignment",
            "{\"agentId\":%d,\"queue\":\"Level 1\"}".formatted(agent.id()),
            agent.token());
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    assertThat(assigned.json().getJsonObject("ticket").getString("state")).isEqualTo("OPEN");
    long first = stepId(ticketing.step(number, "Check the logs", false, agent.token()), 0);
    ticketing.step(number, "Ask the developers", true, agent.token());
    ticketing.step(number, "Ship a fix", false, agent.token());
    Api.Reply done = ticketing.progress(number, first, "done", agent.token());
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(progress(done.json())).isEqualTo("1 of 3 steps done");

    JsonObject seenByClerk = ticketing.get(number, clerk.token());
    assertThat(progress(seenByClerk)).isEqualTo("1 of 2 steps done");
    assertThat(seenByClerk.getJsonArray("plan")).hasSize(2);
    assertThat(seenByClerk.getJsonObject("ticket")).doesNotContainKey("queue");
    assertThat(ticketing.timeline(number, clerk.token()))
        .contains("Assigned to Test User (queue Level 1)", "Done: Check the logs")
        .doesNotContain("Planned: Ask the developers");

    assertThat(ticketing.move(number, "resolved", clerk.token()).status())
        .as("the customer does not resolve")
        .isEqualTo(403);
    assertThat(ticketing.move(number, "resolved", agent.token()).status()).isEqualTo(200);
    JsonObject resolved = ticketing.get(number, clerk.token());
    assertThat(resolved.getJsonArray("moves").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactlyInAnyOrder("OPEN", "CLOSED");
    Api.Reply closed = ticketing.move(number, "closed", clerk.token());
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    assertThat(closed.json().getJsonObject("ticket").getString("state")).isEqualTo("CLOSED");

    Api.Reply late = ticketing.comment(number, "One more thing", false, clerk.token());
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.isProblem()).isTrue();
    assertThat(late.problemFields()).isEqualTo("state");
  }

  @Test
  void workIsLoggedByAgentsOnlyAndAnAnswerHandsAWaitingTicketBack() {
    Tenants.Account partner = tenants.partnerAdmin("tk-work");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    Tenants.Account agent = agent();
    long number = ticketing.opened(customer, "Slow extraction", partner.token());

    Api.Reply work =
        api.post(
            TICKETS + "/" + number + "/entries",
            "{\"body\":\"Analysed the trace\",\"minutes\":45,\"internal\":true}",
            agent.token());
    assertThat(work.status()).as(work.body()).isEqualTo(200);
    Api.Reply partnerWork =
        api.post(
            TICKETS + "/" + number + "/entries",
            "{\"body\":\"I worked too\",\"minutes\":10}",
            partner.token());
    assertThat(partnerWork.status()).isEqualTo(403);

    assertThat(ticketing.move(number, "waiting_on_customer", agent.token()).status())
        .isEqualTo(200);
    Api.Reply answer = ticketing.comment(number, "Here is the log", false, partner.token());
    assertThat(answer.json().getJsonObject("ticket").getString("state")).isEqualTo("OPEN");
    assertThat(answer.json().getJsonObject("ticket")).containsKey("firstResponseAt");
    JsonObject logged =
        ticketing.get(number, agent.token()).getJsonArray("timeline").getJsonObject(0);
    assertThat(logged.getInt("minutesSpent")).isEqualTo(45);
    assertThat(logged.getString("visibility")).isEqualTo("INTERNAL");
  }

  @Test
  void anIntegrationsRepeatedReportLandsOnTheOpenTicketEvenWhenRacing() throws Exception {
    Tenants.Account partner = tenants.partnerAdmin("tk-dedup");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    Api.Reply token =
        api.post(
            "/api/v1/api-tokens", "{\"name\":\"monitor\",\"rights\":[\"VIEW\"]}", partner.token());
    String secret = token.json().getString("secret");
    String report =
        ("{\"customerId\":%d,\"subject\":\"Disk full\",\"description\":\"C: at 99 %%\","
                + "\"category\":\"incident\",\"fingerprint\":\"disk-full:pc-1\"}")
            .formatted(customer);

    List<Api.Reply> replies =
        IntStream.range(0, 4)
            .mapToObj(i -> CompletableFuture.supplyAsync(() -> api.post(TICKETS, report, secret)))
            .toList()
            .stream()
            .map(CompletableFuture::join)
            .toList();

    assertThat(replies).extracting(Api.Reply::status).containsOnlyOnce(201).contains(200);
    assertThat(replies.stream().map(r -> Ticketing.number(r.json())).distinct()).hasSize(1);
    long number = Ticketing.number(replies.get(0).json());
    JsonObject ticket = ticketing.get(number, partner.token());
    assertThat(ticket.getJsonObject("ticket").getString("source")).isEqualTo("API");
    assertThat(ticket.getJsonArray("timeline"))
        .extracting(e -> e.asJsonObject().getString("kind"))
        .containsExactly("RECURRENCE", "RECURRENCE", "RECURRENCE");

    Tenants.Account agent = agent();
    ticketing.move(number, "resolved", agent.token());
    Api.Reply again = api.post(TICKETS, report, secret);
    assertThat(again.status()).as("within the reopen window").isEqualTo(200);
    assertThat(again.json().getString("state")).isEqualTo("OPEN");
    ticketing.move(number, "resolved", agent.token());
    ticketing.move(number, "closed", agent.token());
    Api.Reply fresh = api.post(TICKETS, report, secret);
    assertThat(fresh.status()).as("a closed ticket does not take reports").isEqualTo(201);
    assertThat(Ticketing.number(fresh.json())).isNotEqualTo(number);
  }

  @Test
  void badInputIsA400NamingEachFieldAndOpensNothing() {
    Tenants.Account partner = tenants.partnerAdmin("tk-bad");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());

    Api.Reply blank =
        api.post(
            TICKETS, "{\"customerId\":%d,\"subject\":\" \"}".formatted(customer), partner.token());
    assertThat(blank.status()).as(blank.body()).isEqualTo(400);
    assertThat(blank.isProblem()).isTrue();
    assertThat(blank.problemFields()).isEqualTo("category,description,subject");
    Api.Reply category =
        api.post(
            TICKETS,
            "{\"customerId\":%d,\"subject\":\"s\",\"description\":\"d\",\"category\":\"fun\"}"
                .formatted(customer),
            partner.token());
    assertThat(category.problemFields()).isEqualTo("category");
    assertThat(category.body()).contains("installation, support, incident");
    assertThat(
            ticketing
                .open(partner.organizationId(), "not a customer", partner.token())
                .problemFields())
        .isEqualTo("customerId");
    assertThat(api.post(TICKETS, "{\"subject\":", partner.token()).status()).isEqualTo(400);
    assertThat(api.get(TICKETS + "?state=lost", partner.token()).problemFields())
        .isEqualTo("state");
    assertThat(api.get(TICKETS + "?customerId=" + customer, partner.token()).json().getInt("total"))
        .isZero();

    long number = ticketing.opened(customer, "fine", partner.token());
    Api.Reply move = api.post(TICKETS + "/" + number + "/moves", "{}", agent().token());
    assertThat(move.problemFields()).isEqualTo("to");
    Api.Reply closedFromNew = ticketing.move(number, "closed", agent().token());
    assertThat(closedFromNew.status()).isEqualTo(409);
    assertThat(closedFromNew.json().getString("detail")).contains("NEW cannot become CLOSED");
  }

  private Tenants.Account agent() {
    return tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());
  }

  private static long stepId(Api.Reply reply, int index) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonArray("plan").getJsonObject(index).getJsonNumber("id").longValue();
  }

  private static String progress(JsonObject detail) {
    return detail.getJsonObject("ticket").getJsonObject("progress").getString("label");
  }
}

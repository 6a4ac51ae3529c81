package com.collector.portal.it;

import static com.collector.portal.it.Ticketing.TICKETS;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Service levels on the running portal, whose test configuration gives urgent tickets two seconds
 * to a first response round the clock: the agent is warned, then the breach is recorded and mailed;
 * the customer's side sees neither.
 */
@ExtendWith(PortalServer.class)
class TicketServiceLevelsIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Ticketing ticketing = new Ticketing(api);
  private final Mailbox mailbox = new Mailbox(server);

  @Test
  void anUrgentTicketWithoutAnswerWarnsThenBreachesAndMailsItsAgent() {
    Tenants.Account partner = tenants.partnerAdmin("tk-sla");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    Tenants.Account agent =
        tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());
    Api.Reply opened =
        api.post(
            TICKETS,
            ("{\"customerId\":%d,\"subject\":\"Down\",\"description\":\"All down\","
                    + "\"category\":\"incident\",\"priority\":\"urgent\"}")
                .formatted(customer),
            partner.token());
    long number = Ticketing.number(opened.json());
    JsonObject sla = opened.json().getJsonObject("serviceLevel");
    assertThat(Instant.parse(sla.getString("nextDueAt")))
        .isEqualTo(Instant.parse(sla.getString("firstResponseDueAt")))
        .isBefore(Instant.parse(sla.getString("resolutionDueAt")));
    api.put(
        TICKETS + "/" + number + "/assignment",
        "{\"agentId\":%d}".formatted(agent.id()),
        agent.token());

    review(agent);
    assertThat(ticketing.timeline(number, agent.token()))
        .anyMatch(body -> body.startsWith("Service level: the first response is due"));
    PortalServer.sleep(2500);
    review(agent);

    List<String> timeline = ticketing.timeline(number, agent.token());
    assertThat(timeline).anyMatch(b -> b.startsWith("Service level missed: the first response"));
    assertThat(ticketing.timeline(number, partner.token()))
        .noneMatch(b -> b.contains("Service level"));
    assertThat(mailbox.awaitSubject(agent.email(), "overdue"))
        .contains("T-" + number + ": first response overdue");
    assertThat(api.post(TICKETS + "/service-level-review", null, partner.token()).status())
        .isEqualTo(403);
  }

  private void review(Tenants.Account agent) {
    Api.Reply reply = api.post(TICKETS + "/service-level-review", null, agent.token());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }
}

package com.collector.portal.it;

import static com.collector.portal.it.Ticketing.TICKETS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The time-accounting export: per customer and per partner, internal work for staff only. */
@ExtendWith(PortalServer.class)
class TicketTimeReportIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));
  private static final String PERIOD = "from=" + TODAY.minusDays(1) + "&to=" + TODAY.plusDays(1);

  private final Tenants tenants = new Tenants(PortalServer.get());
  private final Api api = tenants.api();
  private final Ticketing ticketing = new Ticketing(api);

  @Test
  void eachSideGetsTheWorkItMaySeeForItsSubtree() {
    Tenants.Account partner = tenants.partnerAdmin("tk-time");
    long shopA = tenants.organization(partner.organizationId(), "shop-a", partner.token());
    long shopB = tenants.organization(partner.organizationId(), "shop-b", partner.token());
    Tenants.Account clerkB = tenants.user(shopB, "CUSTOMER_USER", partner.token());
    Tenants.Account other = tenants.partnerAdmin("tk-time-other");
    Tenants.Account agent =
        tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());
    long a = ticketing.opened(shopA, "Export A", partner.token());
    long b = ticketing.opened(shopB, "Export B", partner.token());
    work(a, "Called, then fixed", 30, false, agent);
    work(a, "Looked at the licence server", 15, true, agent);
    work(b, "Reinstalled", 20, false, agent);

    List<String> forAgent = report("&partnerId=" + partner.organizationId(), agent.token());
    assertThat(forAgent.get(0))
        .isEqualTo("date,ticket,subject,customer,partner,category,agent,minutes,visibility,work");
    assertThat(forAgent).hasSize(4);
    assertThat(forAgent.get(1))
        .startsWith(TODAY + ",T-" + a + ",Export A,")
        .endsWith(",30,PUBLIC,\"Called, then fixed\"");
    assertThat(String.join("\n", forAgent)).contains(",15,INTERNAL,Looked at the licence server");

    List<String> forPartner = report("&customerId=" + shopA, partner.token());
    assertThat(forPartner).hasSize(2);
    assertThat(String.join("\n", forPartner)).doesNotContain("licence");
    List<String> forClerk = report("", clerkB.token());
    assertThat(forClerk).hasSize(2);
    assertThat(forClerk.get(1)).contains("T-" + b, ",20,");

    assertThat(report("", other.token())).hasSize(1);
    Api.Reply foreign =
        api.get(
            TICKETS + "/time-report?" + PERIOD + "&partnerId=" + partner.organizationId(),
            other.token());
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.problemFields()).isEqualTo("partnerId");
  }

  @Test
  void aPeriodMustBeReadableAndInOrder() {
    String token = tenants.partnerAdmin("tk-time-bad").token();
    assertThat(api.get(TICKETS + "/time-report?to=" + TODAY, token).problemFields())
        .isEqualTo("from");
    assertThat(
            api.get(TICKETS + "/time-report?from=" + TODAY + "&to=" + TODAY.minusDays(1), token)
                .problemFields())
        .isEqualTo("to");
    assertThat(api.get(TICKETS + "/time-report?from=yesterday&to=" + TODAY, token).problemFields())
        .isEqualTo("from");
    assertThat(
            api.get(TICKETS + "/time-report?from=2025-01-01&to=2026-12-31", token).problemFields())
        .isEqualTo("to");
  }

  private void work(
      long number, String text, int minutes, boolean internal, Tenants.Account agent) {
    Api.Reply reply =
        api.post(
            TICKETS + "/" + number + "/entries",
            "{\"body\":%s,\"minutes\":%d,\"internal\":%s}"
                .formatted(Api.quote(text), minutes, internal),
            agent.token());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  private List<String> report(String filter, String token) {
    Api.Reply reply = api.get(TICKETS + "/time-report?" + PERIOD + filter, token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("text/csv");
    return Arrays.asList(reply.body().split("\r\n"));
  }
}

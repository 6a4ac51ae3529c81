package com.collector.portal.it;

import static com.collector.portal.it.Ticketing.TICKETS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Watchers are mailed what they may read: public updates reach the customer's side, internal ones
 * only vendor staff; an agent hears of being assigned; strangers cannot watch.
 */
@ExtendWith(PortalServer.class)
class TicketMailsIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Ticketing ticketing = new Ticketing(api);
  private final Mailbox mailbox = new Mailbox(server);

  @Test
  void watchersGetThePublicUpdatesAndOnlyStaffTheInternalOnes() {
    Tenants.Account partner = tenants.partnerAdmin("tk-mail");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    Tenants.Account clerk = tenants.user(customer, "CUSTOMER_USER", partner.token());
    Tenants.Account agent = agent();
    Tenants.Account colleague = agent();
    long number = ticketing.opened(customer, "Mail me", clerk.token());

    assertThat(api.put(watchers(number, "me"), null, partner.token()).status()).isEqualTo(200);
    Api.Reply added = api.put(watchers(number, "" + colleague.id()), null, agent.token());
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    assertThat(added.json().getJsonArray("watchers")).hasSize(3);
    api.put(
        TICKETS + "/" + number + "/assignment",
        "{\"agentId\":%d}".formatted(agent.id()),
        colleague.token());
    ticketing.comment(number, "Internal: check the licence server", true, agent.token());
    ticketing.comment(number, "We are on it", false, agent.token());

    String toClerk = mailbox.awaitBody(clerk.email(), "We are on it");
    String toPartner = mailbox.awaitBody(partner.email(), "We are on it");
    String toColleague = mailbox.awaitBody(colleague.email(), "We are on it");
    assertThat(toClerk).contains("T-" + number, "/ticket.xhtml?number=" + number);
    assertThat(mailbox.bodiesTo(clerk.email()) + mailbox.bodiesTo(partner.email()))
        .doesNotContain("licence server");
    assertThat(mailbox.bodiesTo(colleague.email())).contains("licence server");
    assertThat(toPartner).contains("We are on it");
    assertThat(toColleague).contains("We are on it");
    assertThat(mailbox.subjectsTo(agent.email()))
        .contains("T-" + number + " is assigned to you: Mail me");
    assertThat(mailbox.bodiesTo(agent.email()))
        .as("not mailed their own comment")
        .doesNotContain("We are on it");
  }

  @Test
  void strangersCannotWatchAndNobodyAddsWatchersWhoCannotSeeTheTicket() {
    Tenants.Account partner = tenants.partnerAdmin("tk-watch");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    long sibling = tenants.organization(partner.organizationId(), "sibling", partner.token());
    Tenants.Account siblingUser = tenants.user(sibling, "CUSTOMER_USER", partner.token());
    Tenants.Account otherPartner = tenants.partnerAdmin("tk-watch-other");
    long number = ticketing.opened(customer, "Private", partner.token());

    assertThat(api.put(watchers(number, "me"), null, otherPartner.token()).status()).isEqualTo(404);
    assertThat(api.put(watchers(number, "me"), null, siblingUser.token()).status()).isEqualTo(404);
    Api.Reply blind = api.put(watchers(number, "" + siblingUser.id()), null, partner.token());
    assertThat(blind.status()).isEqualTo(400);
    assertThat(blind.problemFields()).isEqualTo("userId");
    Api.Reply foreign = api.put(watchers(number, "" + otherPartner.id()), null, partner.token());
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(ticketing.get(number, partner.token()).getJsonArray("watchers")).hasSize(1);
    Api.Reply left = api.delete(watchers(number, "me"), partner.token());
    assertThat(left.json().getJsonArray("watchers")).isEmpty();
  }

  private static String watchers(long number, String user) {
    return TICKETS + "/" + number + "/watchers/" + user;
  }

  private Tenants.Account agent() {
    return tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());
  }
}

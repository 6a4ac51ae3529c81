package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The stuck check raises the flag by itself: a request moved four days into the past in its state
 * with SQL (the portal's clock stays real; the limit is 72 hours) is flagged by the next run of the
 * job (every minute), its handler mailed and its ticket noted for customer service — once per stay
 * in the state, and afresh after a move.
 */
@ExtendWith(PortalServer.class)
class InstallationRequestsStuckIT {

  // The check runs every minute; one run may just have passed.
  private static final Duration CHECK = Duration.ofSeconds(150);

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Requesting requesting = new Requesting(tenants);
  private final Ticketing ticketing = new Ticketing(api);
  private final Mailbox mailbox = new Mailbox(server);

  @Test
  void aStuckRequestMailsItsHandlerOnceAndNotesItsTicketForCustomerService() throws Exception {
    Tenants.Account partner = tenants.partnerAdmin("req-stuck-job");
    Tenants.Account agent =
        tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());
    long plan = requesting.plan();
    JsonObject first = accepted(plan, partner, agent);
    long id = Requesting.id(first);

    backdate(id);
    awaitFlagged(id);
    mailbox.awaitSubject(agent.email(), "#" + id + " for ");
    assertThat(stuckMailsTo(agent, id)).isEqualTo(1);
    long ticket = first.getJsonObject("request").getJsonNumber("ticketNumber").longValue();
    assertThat(ticketing.get(ticket, agent.token()).toString())
        .contains("Installation request #" + id + " has been ACCEPTED for 96 hours");
    assertThat(ticketing.get(ticket, partner.token()).toString())
        .as("the note is customer service's")
        .doesNotContain("has been ACCEPTED for");
    JsonObject queue = api.get(Requesting.REQUESTS + "?stuck=true&limit=200", agent.token()).json();
    assertThat(queue.toString()).contains("\"id\":" + id + ",");

    // A later run flags another request, and leaves the first alone: once per stay.
    JsonObject second = accepted(plan, partner, agent);
    backdate(Requesting.id(second));
    awaitFlagged(Requesting.id(second));
    assertThat(stuckMailsTo(agent, id)).isEqualTo(1);

    String later = Instant.now().plus(2, ChronoUnit.DAYS).toString();
    requesting.moved(id, "schedule", "{\"appointment\":\"" + later + "\"}", agent.token());
    assertThat(flaggedAt(id)).as("a move starts a new stay").isNull();
    assertThat(requesting.get(id, agent.token()).getJsonObject("request").getBoolean("stuck"))
        .isFalse();
  }

  private JsonObject accepted(long plan, Tenants.Account partner, Tenants.Account agent) {
    JsonObject submitted =
        requesting.submitted(
            Requesting.newCustomer(Tenants.unique("Stuck"), "BE0417497106", "sql-server", plan),
            partner.token());
    requesting.moved(Requesting.id(submitted), "accept", null, agent.token());
    return submitted;
  }

  private long stuckMailsTo(Tenants.Account agent, long id) {
    return mailbox.subjectsTo(agent.email()).stream()
        .filter(s -> s.contains("#" + id + " for ") && s.contains("is stuck"))
        .count();
  }

  private void backdate(long id) throws Exception {
    try (var db = server.connect();
        var statement = db.createStatement()) {
      statement.executeUpdate(
          "UPDATE installation_request SET state_since = now() - interval '96 hours 10 minutes'"
              + " WHERE id = "
              + id);
    }
  }

  private void awaitFlagged(long id) throws Exception {
    Instant deadline = Instant.now().plus(CHECK);
    while (flaggedAt(id) == null) {
      assertThat(Instant.now()).as("request %d flagged by the stuck check", id).isBefore(deadline);
      PortalServer.sleep(1000);
    }
  }

  private Instant flaggedAt(long id) throws Exception {
    try (var db = server.connect();
        var statement = db.createStatement();
        var rows =
            statement.executeQuery(
                "SELECT stuck_flagged_at FROM installation_request WHERE id = " + id)) {
      rows.next();
      java.sql.Timestamp at = rows.getTimestamp(1);
      return at == null ? null : at.toInstant();
    }
  }
}

package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whatever a client sends the installation request API, a mistake is a 4xx problem naming what is
 * wrong and writes nothing: malformed or non-object bodies, values of the wrong type, texts the
 * database cannot hold, numbers beyond range, unknown ids, moves out of order.
 */
@ExtendWith(PortalServer.class)
class InstallationRequestInputsIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Requesting requesting = new Requesting(tenants);

  @Test
  void malformedAnswersAreRefusedAndWriteNothing() throws Exception {
    Tenants.Account partner = tenants.partnerAdmin("req-input");
    String requests = Requesting.REQUESTS;

    for (String body : new String[] {"{", "[]", "\"text\"", "{\"customer\":"}) {
      assertProblem(api.post(requests, body, partner.token()), 400, null);
      assertProblem(api.post(requests + "?draft=true", body, partner.token()), 400, null);
    }
    assertProblem(
        api.post(
            requests + "?draft=true",
            "{\"customer\":{\"id\":99999999999999999999}}",
            partner.token()),
        400,
        "customer.id");
    assertProblem(
        api.post(
            requests + "?draft=true",
            "{\"customer\":{\"name\":\"Bak\\u0000kerij\"}}",
            partner.token()),
        400,
        "customer.name");
    assertProblem(api.post(requests + "/checks?step=review", "{}", partner.token()), 400, "step");
    assertProblem(api.get(requests + "?state=LOST", partner.token()), 400, "state");
    assertProblem(api.get(requests + "?stuck=maybe", partner.token()), 400, "stuck");
    assertProblem(api.get(requests + "?customerId=seven", partner.token()), 400, "customerId");
    assertProblem(api.post(requests + "?draft=perhaps", "{}", partner.token()), 400, "draft");
    assertProblem(api.get(requests + "/999999999999", partner.token()), 404, null);
    assertProblem(api.get(requests + "/abc", partner.token()), 404, null);
    assertProblem(api.get(requests + "/99999999999999999999999", partner.token()), 404, null);
    assertProblem(api.post(requests + "/999999999999/submit", null, partner.token()), 404, null);

    assertThat(count("installation_request WHERE requester = '" + partner.email() + "'")).isZero();
  }

  @Test
  void movesRefuseBadNotesAndAppointmentsAndAnythingOutOfOrder() throws Exception {
    Tenants.Account partner = tenants.partnerAdmin("req-moves");
    long id =
        Requesting.id(
            requesting.submitted(
                Requesting.newCustomer(
                    Tenants.unique("Moves"), "BE0417497106", "sql-server", requesting.plan()),
                partner.token()));
    Tenants.Account agent =
        tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());
    String token = agent.token();
    String path = Requesting.REQUESTS + "/" + id;

    assertProblem(api.post(path + "/reject", "[1]", token), 400, null);
    assertProblem(api.post(path + "/reject", "{\"reason\":5}", token), 400, "reason");
    assertProblem(api.post(path + "/reject", "{\"reason\":\"no\\u0000\"}", token), 400, "reason");
    assertProblem(api.post(path + "/schedule", future(), token), 409, "state");
    assertProblem(api.put(path, "{}", partner.token()), 409, "state");
    assertProblem(api.post(path + "/submit", null, partner.token()), 409, "state");
    requesting.moved(id, "accept", null, token);

    assertProblem(api.post(path + "/schedule", "{\"appointment\":\"soon\"}", token), 400, null);
    assertProblem(
        api.post(path + "/schedule", "{\"appointment\":\"+300000-01-01T00:00:00Z\"}", token),
        400,
        "appointment");
    assertProblem(
        api.post(path + "/schedule", "{\"appointment\":\"2020-01-01T00:00:00Z\"}", token),
        400,
        "appointment");
    assertProblem(api.post(path + "/close", "not json", token), 400, "body");
    assertProblem(api.post(path + "/close", "{\"note\":\"x\\u0000\"}", token), 400, "note");

    assertThat(Requesting.state(requesting.get(id, token))).isEqualTo("ACCEPTED");
    assertThat(count("installation_request_transition WHERE request_id = " + id)).isEqualTo(3);
  }

  private static String future() {
    return "{\"appointment\":\""
        + Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
        + "\"}";
  }

  /** A problem+json answer of {@code status}, naming {@code field} when one is given. */
  private static void assertProblem(Api.Reply reply, int status, String field) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.isProblem()).as(reply.body()).isTrue();
    if (field != null) {
      assertThat(reply.problemFields()).as(reply.body()).isEqualTo(field);
    }
  }

  private long count(String from) throws Exception {
    try (var db = server.connect();
        var statement = db.createStatement();
        var rows = statement.executeQuery("SELECT count(*) FROM " + from)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}

package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.client.CollectorClient;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path of an installation request over HTTP: a partner user submits it, the customer,
 * subscription, installation, initial configuration and ticket appear; customer service accepts,
 * schedules and starts; the reference client enrolls and pulls the configuration, and the request
 * is installed by itself with its plan step done.
 */
@ExtendWith(PortalServer.class)
class InstallationRequestsIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Requesting requesting = new Requesting(tenants);
  private final Installing installing = new Installing(server, tenants);
  private final Configuring configuring = new Configuring(tenants, installing);
  private final Ticketing ticketing = new Ticketing(api);
  private final Mailbox mailbox = new Mailbox(server);

  @TempDir Path state;

  @Test
  void aSubmittedRequestIsDeliveredAndInstalledByItself() throws Exception {
    installing.forgetFailures();
    Tenants.Account admin = tenants.partnerAdmin("req-partner");
    Tenants.Account requester = tenants.user(admin.organizationId(), "PARTNER_USER", admin.token());
    Tenants.Account agent =
        tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());
    String customerName = Tenants.unique("Bakkerij");

    JsonObject submitted =
        requesting.submitted(
            Requesting.newCustomer(customerName, "BE0417497106", "sql-server", requesting.plan()),
            requester.token());
    long id = Requesting.id(submitted);
    JsonObject request = submitted.getJsonObject("request");
    assertThat(request.getString("state")).isEqualTo("SUBMITTED");
    assertThat(request.getString("customerName")).isEqualTo(customerName);
    long installation = request.getJsonNumber("installationId").longValue();
    long ticket = request.getJsonNumber("ticketNumber").longValue();

    assertDelivered(submitted, installation, ticket, admin, requester);
    assertCompanyDetailsKept(request.getJsonNumber("customerId").longValue(), admin);

    assertThat(Requesting.state(requesting.moved(id, "accept", null, agent.token())))
        .isEqualTo("ACCEPTED");
    String appointment =
        Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    JsonObject scheduled =
        requesting.moved(
            id,
            "schedule",
            "{\"appointment\":\"" + appointment + "\",\"note\":\"remote session\"}",
            agent.token());
    assertThat(scheduled.getString("appointmentAt")).isEqualTo(appointment);
    JsonObject started = requesting.moved(id, "start", null, agent.token());
    assertThat(Requesting.state(started.getJsonObject("request"))).isEqualTo("INSTALLING");
    String code = started.getString("enrollmentCode");

    CollectorClient client = new CollectorClient(server.uri("/"), state);
    client.enroll(code, new CollectorClient.Facts("DESK-01", "Windows Server 2022", "4.2.0.17"));
    client.pullConfiguration(client.configurationFile());

    JsonObject installed = requesting.get(id, requester.token());
    assertThat(Requesting.state(installed)).isEqualTo("INSTALLED");
    assertThat(
            installed.getJsonArray("timeline").stream().map(t -> t.asJsonObject().getString("to")))
        .containsExactly("DRAFT", "SUBMITTED", "ACCEPTED", "SCHEDULED", "INSTALLING", "INSTALLED");
    assertThat(installed.getString("handler")).isEqualTo("Test User");
    assertThat(installed.getJsonArray("plan").getJsonObject(3).getString("status"))
        .as("install step done")
        .isEqualTo("DONE");
    mailbox.awaitSubject(requester.email(), "installed");
  }

  /** The new customer's VAT number, address and contact person, from the answers. */
  private void assertCompanyDetailsKept(long customerId, Tenants.Account admin) {
    JsonObject customer = api.get("/api/v1/organizations/" + customerId, admin.token()).json();
    assertThat(customer.getString("vatNumber")).isEqualTo("BE0417497106");
    assertThat(customer.getString("street")).isEqualTo("Grote Markt 1");
    assertThat(customer.getString("country")).isEqualTo("BE");
    assertThat(customer.getString("contactName")).isEqualTo("An");
    assertThat(customer.getString("contactEmail")).isEqualTo("an@shop.example");
  }

  /** Revision 1 from the answers, and the installation ticket with the standard plan. */
  private void assertDelivered(
      JsonObject submitted,
      long installation,
      long ticket,
      Tenants.Account admin,
      Tenants.Account requester) {
    JsonObject configuration = configuring.current(installation, admin.token());
    assertThat(configuration.getInt("revision")).isEqualTo(1);
    assertThat(configuration.getString("source")).isEqualTo("INSTALLATION_REQUEST");
    assertThat(
            configuration
                .getJsonObject("document")
                .getJsonObject("plugins")
                .getJsonObject("sql-server")
                .getJsonObject("source")
                .getString("server"))
        .isEqualTo("SQL01");
    JsonObject opened = ticketing.get(ticket, requester.token());
    assertThat(opened.getJsonObject("ticket").getString("category")).isEqualTo("INSTALLATION");
    assertThat(opened.getJsonArray("plan")).hasSize(6);
    assertThat(opened.getJsonArray("plan").getJsonObject(1).getString("status")).isEqualTo("DONE");
    assertThat(submitted.getJsonArray("plan")).hasSize(6);
  }

  @Test
  void badAnswersAreNamedAndWriteNothing() throws Exception {
    Tenants.Account partner = tenants.partnerAdmin("req-bad");
    long plan = requesting.plan();
    String name = Tenants.unique("Nothing");

    Api.Reply badVat =
        requesting.submit(
            Requesting.newCustomer(name, "BE0417497107", "sql-server", plan), partner.token());
    assertThat(badVat.status()).as(badVat.body()).isEqualTo(400);
    assertThat(badVat.isProblem()).isTrue();
    assertThat(badVat.problemFields()).isEqualTo("customer.vatNumber");

    Api.Reply notInPlan =
        requesting.submit(
            Requesting.newCustomer(name, "BE0417497106", "odbc", plan), partner.token());
    assertThat(notInPlan.status()).as(notInPlan.body()).isEqualTo(400);
    assertThat(notInPlan.problemFields()).isEqualTo("environment.plugins[0].id");

    Api.Reply missing =
        requesting.submit(
            Configuring.json("{'customer':{'name':'" + name + "'}}"), partner.token());
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.problemFields())
        .contains("customer.vatNumber", "environment", "extraction", "scheduling");

    Api.Reply wrongType =
        requesting.submit(
            Configuring.json("{'environment':{'plugins':[{'id':7}]}}"), partner.token());
    assertThat(wrongType.problemFields()).isEqualTo("environment.plugins[0].id");

    Api.Reply step =
        api.post(
            Requesting.REQUESTS + "/checks?step=environment",
            Configuring.json("{'environment':{'machineName':'DESK-01'}}"),
            partner.token());
    assertThat(step.status()).isEqualTo(400);
    assertThat(step.problemFields())
        .isEqualTo("environment.windowsVersion,environment.dotNetInstalled,environment.plugins");

    assertThat(count("SELECT count(*) FROM organization WHERE name = '" + name + "'")).isZero();
    assertThat(
            count(
                "SELECT count(*) FROM installation_request WHERE requester = '"
                    + partner.email()
                    + "'"))
        .isZero();
  }

  @Test
  void stuckRequestsAreFlaggedMailsSpeakTheRequestersLanguageAndClosingResolvesTheTicket()
      throws Exception {
    Tenants.Account admin = tenants.partnerAdmin("req-stuck");
    Tenants.Account requester = tenants.user(admin.organizationId(), "PARTNER_USER", admin.token());
    execute("UPDATE user_account SET language = 'fr' WHERE id = " + requester.id());
    Tenants.Account agent =
        tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());
    JsonObject submitted =
        requesting.submitted(
            Requesting.newCustomer(
                Tenants.unique("Fromagerie"), "FR59542051180", "exact-online", requesting.plan()),
            requester.token());
    long id = Requesting.id(submitted);
    mailbox.awaitSubject(requester.email(), "Demande d'installation #" + id);
    String stuck = Requesting.REQUESTS + "?stuck=true&state=SUBMITTED&limit=200";
    assertThat(ids(api.get(stuck, agent.token()).json())).doesNotContain(id);

    execute(
        "UPDATE installation_request SET state_since = now() - interval '4 days' WHERE id = " + id);
    JsonObject queue = api.get(stuck, agent.token()).json();
    assertThat(ids(queue)).contains(id);
    assertThat(requesting.get(id, requester.token()).getJsonObject("request").getBoolean("stuck"))
        .isTrue();

    requesting.moved(id, "reject", "{\"reason\":\"Pas de licence\"}", agent.token());
    assertThat(ids(api.get(stuck, agent.token()).json())).doesNotContain(id);
    mailbox.awaitBody(requester.email(), "Motif : Pas de licence");
    mailbox.awaitSubject(requester.email(), "refusée");
    JsonObject closed = requesting.moved(id, "close", null, agent.token());
    assertThat(Requesting.state(closed)).isEqualTo("CLOSED");
    long ticket = submitted.getJsonObject("request").getJsonNumber("ticketNumber").longValue();
    assertThat(ticketing.get(ticket, agent.token()).getJsonObject("ticket").getString("state"))
        .isEqualTo("RESOLVED");
    assertThat(requesting.move(id, "accept", null, agent.token()).status())
        .as("a closed request moves no more")
        .isEqualTo(409);
  }

  @Test
  void customerServiceRejectsUntilInstallingStartsAndTheInstallationCanNeverEnroll() {
    Tenants.Account partner = tenants.partnerAdmin("req-reject");
    Tenants.Account agent =
        tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());
    long plan = requesting.plan();
    String later =
        "{\"appointment\":\"" + Instant.now().plus(2, ChronoUnit.DAYS) + "\",\"note\":\"\"}";

    JsonObject accepted = submit("Accepted", plan, partner);
    requesting.moved(Requesting.id(accepted), "accept", null, agent.token());
    JsonObject scheduled = submit("Scheduled", plan, partner);
    requesting.moved(Requesting.id(scheduled), "accept", null, agent.token());
    requesting.moved(Requesting.id(scheduled), "schedule", later, agent.token());
    for (JsonObject submitted : java.util.List.of(accepted, scheduled)) {
      long id = Requesting.id(submitted);
      Api.Reply noReason = requesting.move(id, "reject", "{\"reason\":\" \"}", agent.token());
      assertThat(noReason.status()).isEqualTo(400);
      assertThat(noReason.problemFields()).isEqualTo("reason");
      JsonObject rejected =
          requesting.moved(id, "reject", "{\"reason\":\"No machine yet\"}", agent.token());
      assertThat(Requesting.state(rejected)).isEqualTo("REJECTED");
      assertThat(rejected.getString("rejectionReason")).isEqualTo("No machine yet");
      assertWithdrawn(submitted.getJsonObject("request"), partner, agent);
    }

    JsonObject installing = submit("Installing", plan, partner);
    long id = Requesting.id(installing);
    requesting.moved(id, "accept", null, agent.token());
    requesting.moved(id, "start", null, agent.token());
    Api.Reply refused = requesting.move(id, "reject", "{\"reason\":\"Too late\"}", agent.token());
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.problemFields()).isEqualTo("state");
    assertThat(Requesting.state(requesting.get(id, partner.token()))).isEqualTo("INSTALLING");
    assertThat(installationState(installing.getJsonObject("request"), partner))
        .isEqualTo("PENDING");
  }

  private JsonObject submit(String prefix, long plan, Tenants.Account partner) {
    return requesting.submitted(
        Requesting.newCustomer(Tenants.unique(prefix), "BE0417497106", "sql-server", plan),
        partner.token());
  }

  /** The ticket is resolved with the reason; the installation is retired and gets no code. */
  private void assertWithdrawn(JsonObject request, Tenants.Account partner, Tenants.Account agent) {
    JsonObject ticket =
        ticketing.get(request.getJsonNumber("ticketNumber").longValue(), agent.token());
    assertThat(ticket.getJsonObject("ticket").getString("state")).isEqualTo("RESOLVED");
    assertThat(ticket.toString()).contains("No machine yet");
    assertThat(installationState(request, partner)).isEqualTo("RETIRED");
    Api.Reply code =
        api.post(
            "/api/v1/installations/" + request.getJsonNumber("installationId") + "/enrollment-code",
            null,
            agent.token());
    assertThat(code.status()).as("a retired installation gets no code").isEqualTo(409);
  }

  private String installationState(JsonObject request, Tenants.Account partner) {
    return api.get(
            "/api/v1/installations/" + request.getJsonNumber("installationId"), partner.token())
        .json()
        .getString("state");
  }

  private static java.util.List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(r -> r.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  private void execute(String sql) throws Exception {
    try (var db = server.connect();
        var statement = db.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  private long count(String sql) throws Exception {
    try (var db = server.connect();
        var statement = db.createStatement();
        var rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}

package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Refusals of the installation request API speak the caller's language (Accept-Language, else the
 * language stored with the account) in the wizard's words, while the fields at fault keep their
 * names: a bad VAT number, a plugin the plan does not allow, a missing answer, a move refused.
 */
@ExtendWith(PortalServer.class)
class InstallationRequestLanguagesIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Requesting requesting = new Requesting(tenants);

  @Test
  void answersAreRefusedInTheCallersLanguageUnderTheSameFieldNames() {
    Tenants.Account partner = tenants.partnerAdmin("req-lang");
    long plan = requesting.plan();
    String badVat =
        Requesting.newCustomer(Tenants.unique("Taal"), "BE0417497107", "sql-server", plan);
    String notInPlan = Requesting.newCustomer(Tenants.unique("Taal"), "BE0417497106", "odbc", plan);
    String missing = Configuring.json("{'environment':{'machineName':'DESK-01'}}");

    assertRefused(
        submit(badVat, "en", partner), "customer.vatNumber", "The VAT number is not valid");
    assertRefused(
        submit(badVat, "fr-BE", partner),
        "customer.vatNumber",
        "Le numéro de TVA n'est pas valide");
    assertRefused(
        submit(badVat, "nl", partner), "customer.vatNumber", "Het btw-nummer is niet geldig");

    String plugin = "environment.plugins[0].id";
    assertRefused(submit(notInPlan, "en", partner), plugin, "Choose only source systems the plan");
    assertRefused(submit(notInPlan, "fr", partner), plugin, "Choisissez uniquement des systèmes");
    assertRefused(submit(notInPlan, "nl-BE", partner), plugin, "Kies alleen bronsystemen");

    String windows = "environment.windowsVersion";
    assertRefused(check(missing, "en", partner), windows, "Choose the Windows version.");
    assertRefused(check(missing, "fr", partner), windows, "Choisissez la version de Windows.");
    assertRefused(check(missing, "de, nl;q=0.5", partner), windows, "Kies de Windows-versie.");
  }

  @Test
  void withoutAcceptLanguageTheStoredLanguageSpeaksAndMovesAreRefusedAlike() throws Exception {
    Tenants.Account partner = tenants.partnerAdmin("req-stored");
    long plan = requesting.plan();
    execute("UPDATE user_account SET language = 'nl' WHERE id = " + partner.id());
    Api.Reply stored =
        api.post(
            Requesting.REQUESTS,
            Requesting.newCustomer(Tenants.unique("Taal"), "BE0417497107", "sql-server", plan),
            partner.token());
    assertRefused(stored, "customer.vatNumber", "Het btw-nummer is niet geldig");
    assertThat(stored.json().getString("detail")).startsWith("Verbeter de invoer.");

    long id =
        Requesting.id(
            requesting.submitted(
                Requesting.newCustomer(Tenants.unique("Taal"), "BE0417497106", "sql-server", plan),
                partner.token()));
    Tenants.Account agent =
        tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());
    String path = Requesting.REQUESTS + "/" + id;
    Api.Reply noReason =
        api.send("POST", path + "/reject", "{}", agent.token(), "Accept-Language", "fr");
    assertRefused(noReason, "reason", "Indiquez le motif du refus");
    Api.Reply notYet =
        api.send("POST", path + "/start", null, agent.token(), "Accept-Language", "nl");
    assertThat(notYet.status()).as(notYet.body()).isEqualTo(409);
    assertThat(notYet.problemFields()).isEqualTo("state");
    assertThat(notYet.json().getString("detail")).startsWith("De aanvraag kan vanuit haar");
  }

  private Api.Reply submit(String answers, String language, Tenants.Account caller) {
    return api.send(
        "POST", Requesting.REQUESTS, answers, caller.token(), "Accept-Language", language);
  }

  private Api.Reply check(String answers, String language, Tenants.Account caller) {
    return api.send(
        "POST",
        Requesting.REQUESTS + "/checks?step=environment",
        answers,
        caller.token(),
        "Accept-Language",
        language);
  }

  /** A 400 problem naming {@code field} (among others) with a message that starts as given. */
  private static void assertRefused(Api.Reply reply, String field, String message) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.isProblem()).isTrue();
    JsonObject error =
        reply.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject())
            .filter(e -> e.getString("field").equals(field))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no error for " + field + ": " + reply.body()));
    assertThat(error.getString("message")).startsWith(message);
    assertThat(reply.json().getString("detail")).contains(message);
  }

  private void execute(String sql) throws Exception {
    try (var db = server.connect();
        var statement = db.createStatement()) {
      statement.executeUpdate(sql);
    }
  }
}

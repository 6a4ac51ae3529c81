package com.collector.portal.it;

import static com.collector.portal.it.Configuring.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The configuration's life between portal and Collector: revision 1 prepared before the first start
 * and applied by it, local changes synchronized, support's changes received at the next start, a
 * reinstall restored; bad writes refused naming the path, with nothing written.
 */
@ExtendWith(PortalServer.class)
class ConfigurationSyncIT {

  static final String INITIAL =
      "{'general':{'language':'fr','schedule':[{'cron':'0 2 * * *','timeZone':'Europe/Brussels'}]},"
          + "'plugins':{'exact-online':{'source':{'server':'sql1','username':'collector',"
          + "'password':'Initial-Pw-1'},'companies':['001']}}}";

  private final Tenants tenants = new Tenants(PortalServer.get());
  private final Api api = tenants.api();
  private final Installing installing = new Installing(PortalServer.get(), tenants);
  private final Configuring configuring = new Configuring(tenants, installing);

  @BeforeEach
  void noThrottleFromOtherTests() throws Exception {
    installing.forgetFailures();
  }

  @Test
  void theFirstStartAppliesRevisionOneAndChangesFlowBothWays() {
    Tenants.Account partner = tenants.partnerAdmin("cfg-life");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    JsonObject created = installing.created(customer, partner.token());
    long id = Installing.id(created);

    assertThat(configuring.current(id, partner.token()).getInt("revision")).isZero();
    Api.Reply initial = configuring.edit(id, 0, INITIAL, partner.token());
    assertThat(initial.status()).as(initial.body()).isEqualTo(200);
    JsonObject first = initial.json().getJsonObject("configuration");
    assertThat(first.getInt("revision")).isEqualTo(1);
    assertThat(first.getString("source")).isEqualTo("INITIAL");
    assertThat(initial.body()).doesNotContain("Initial-Pw-1");

    // First start: the enrollment answers revision 1, the secret in plain text for the
    // installation.
    JsonObject enrolled = installing.enrolled(created.getString("code"));
    JsonObject configuration = enrolled.getJsonObject("configuration");
    assertThat(configuration.getInt("revision")).isEqualTo(1);
    assertThat(
            configuration
                .getJsonObject("document")
                .getJsonObject("plugins")
                .getJsonObject("exact-online")
                .getJsonObject("source")
                .getString("password"))
        .isEqualTo("Initial-Pw-1");
    String token =
        installing.token(id, enrolled.getString("credential")).json().getString("accessToken");
    assertThat(configuring.current(id, partner.token()).getBoolean("applied")).isFalse();
    Api.Reply same = configuring.pull(1, token);
    assertThat(same.status()).as(same.body()).isEqualTo(304);
    assertThat(configuring.current(id, partner.token()).getBoolean("applied")).isTrue();
  }

  @Test
  void aLocalChangeSyncsAndSupportsChangeArrivesAtTheNextStart() {
    Configuring.Configured configured = configuring.configured("cfg-sync", INITIAL);
    Tenants.Account partner = configured.partner();
    long id = configured.id();
    String token = configuring.enrolled(configured);
    String local = INITIAL.replace("'language':'fr'", "'language':'nl'");
    Api.Reply pushed = configuring.push(1, local, token);
    assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);
    assertThat(pushed.header("ETag")).isEqualTo("\"2\"");
    assertThat(pushed.json().getBoolean("merged")).isFalse();
    JsonObject afterPush = configuring.current(id, partner.token());
    assertThat(afterPush.getInt("revision")).isEqualTo(2);
    assertThat(afterPush.getString("source")).isEqualTo("COLLECTOR");
    assertThat(afterPush.getString("author")).startsWith("Collector on DESK-");
    assertThat(afterPush.getJsonObject("effective").getJsonObject("general").getString("language"))
        .isEqualTo("nl");
    assertThat(afterPush.getBoolean("applied")).isTrue();

    // Support changes a setting; the Collector gets it at its next start.
    String support = local.replace("'companies':['001']", "'companies':['001','002']");
    assertThat(configuring.edited(id, 2, support, partner.token())).isEqualTo(3);
    assertThat(configuring.current(id, partner.token()).getBoolean("applied")).isFalse();
    Api.Reply next = configuring.pull(2, token);
    assertThat(next.status()).as(next.body()).isEqualTo(200);
    assertThat(next.json().getInt("revision")).isEqualTo(3);
    assertThat(next.header("Cache-Control")).contains("no-store");
    assertThat(
            next.json()
                .getJsonObject("document")
                .getJsonObject("plugins")
                .getJsonObject("exact-online")
                .getJsonArray("companies"))
        .hasSize(2);
    configuring.pull(3, token);
    assertThat(configuring.current(id, partner.token()).getInt("appliedRevision")).isEqualTo(3);
  }

  @Test
  void aReinstallRestoresTheLatestRevision() {
    Configuring.Configured configured = configuring.configured("cfg-restore", INITIAL);
    Tenants.Account partner = configured.partner();
    long id = configured.id();
    configuring.enrolled(configured);
    configuring.edited(id, 1, INITIAL.replace("sql1", "sql9"), partner.token());

    String code =
        api.post(Installing.INSTALLATIONS + "/" + id + "/enrollment-code", null, partner.token())
            .json()
            .getString("code");
    JsonObject again = installing.enrolled(code);

    assertThat(again.getBoolean("reEnrolled")).isTrue();
    JsonObject restored = again.getJsonObject("configuration");
    assertThat(restored.getInt("revision")).isEqualTo(3);
    assertThat(restored.getString("source")).isEqualTo("RESTORE");
    JsonObject source =
        restored
            .getJsonObject("document")
            .getJsonObject("plugins")
            .getJsonObject("exact-online")
            .getJsonObject("source");
    assertThat(source.getString("server")).isEqualTo("sql9");
    assertThat(source.getString("password")).isEqualTo("Initial-Pw-1");
    assertThat(configuring.current(id, partner.token()).getBoolean("applied")).isFalse();
  }

  @Test
  void concurrentChangesToOtherKeysMergeAndToTheSameKeyKeepThePortalsSideAsAConflict() {
    Configuring.Configured configured = configuring.configured("cfg-merge", INITIAL);
    Tenants.Account partner = configured.partner();
    long id = configured.id();
    String token = configuring.enrolled(configured);

    // The portal changes the language and the server; the Collector, from the same base,
    // changes the language differently and the companies.
    configuring.edited(
        id,
        1,
        INITIAL.replace("'language':'fr'", "'language':'en'").replace("sql1", "sql2"),
        partner.token());
    Api.Reply pushed =
        configuring.push(
            1,
            INITIAL
                .replace("'language':'fr'", "'language':'nl'")
                .replace("['001']", "['001','007']"),
            token);

    assertThat(pushed.status()).as(pushed.body()).isEqualTo(409);
    assertThat(pushed.isProblem()).isTrue();
    assertThat(pushed.json().getInt("revision")).isEqualTo(3);
    JsonObject conflict = pushed.json().getJsonArray("conflicts").getJsonObject(0);
    assertThat(pushed.json().getJsonArray("conflicts")).hasSize(1);
    assertThat(conflict.getString("path")).isEqualTo("/general/language");
    assertThat(conflict.getString("kept")).isEqualTo("en");
    assertThat(conflict.getString("other")).isEqualTo("nl");
    JsonObject now = configuring.current(id, partner.token());
    JsonObject plugin =
        now.getJsonObject("effective").getJsonObject("plugins").getJsonObject("exact-online");
    assertThat(plugin.getJsonArray("companies").toString()).isEqualTo(json("['001','007']"));
    assertThat(plugin.getJsonObject("source").getString("server")).isEqualTo("sql2");
    assertThat(now.getJsonObject("effective").getJsonObject("general").getString("language"))
        .isEqualTo("en");
    assertThat(now.getInt("openConflicts")).isEqualTo(1);
    takeTheCollectorsValue(partner, id, conflict.getJsonNumber("id").longValue());
  }

  /** Someone takes the Collector's value: a new revision, the conflict settled once. */
  private void takeTheCollectorsValue(Tenants.Account partner, long id, long conflictId) {
    Api.Reply taken =
        api.post(
            Configuring.of(id) + "/conflicts/" + conflictId + "/resolution",
            "{\"resolution\":\"TAKEN\"}",
            partner.token());
    assertThat(taken.status()).as(taken.body()).isEqualTo(200);
    assertThat(taken.json().getInt("revision")).isEqualTo(4);
    assertThat(
            taken.json().getJsonObject("effective").getJsonObject("general").getString("language"))
        .isEqualTo("nl");
    assertThat(taken.json().getInt("openConflicts")).isZero();
    Api.Reply twice =
        api.post(
            Configuring.of(id) + "/conflicts/" + conflictId + "/resolution",
            "{\"resolution\":\"KEPT\"}",
            partner.token());
    assertThat(twice.status()).as(twice.body()).isEqualTo(409);
  }

  @Test
  void aWriteThatBreaksTheSchemaOrItsPreconditionIsRefusedAndWritesNothing() {
    Configuring.Configured configured = configuring.configured("cfg-bad", INITIAL);
    Tenants.Account partner = configured.partner();
    long id = configured.id();
    String token = configuring.enrolled(configured);

    Api.Reply badLanguage =
        configuring.edit(id, 1, INITIAL.replace("'fr'", "'de'"), partner.token());
    assertThat(badLanguage.status()).as(badLanguage.body()).isEqualTo(400);
    assertThat(badLanguage.problemFields()).isEqualTo("/general/language");
    Api.Reply badZone =
        configuring.push(1, INITIAL.replace("Europe/Brussels", "Europe/Atlantis"), token);
    assertThat(badZone.status()).as(badZone.body()).isEqualTo(400);
    assertThat(badZone.problemFields()).isEqualTo("/general/schedule/0/timeZone");
    Api.Reply unknownKey = configuring.push(1, "{'general':{'colour':'red'}}", token);
    assertThat(unknownKey.problemFields()).isEqualTo("/general/colour");
    Api.Reply sealed =
        configuring.edit(
            id,
            1,
            "{'general':{'proxy':{'password':{'$sealed':'v1:AAAA','key':1}}}}",
            partner.token());
    assertThat(sealed.status()).as(sealed.body()).isEqualTo(400);

    preconditionsAreRequired(partner, id, token);
    assertThat(configuring.current(id, partner.token()).getInt("revision")).isEqualTo(1);
    assertThat(configuring.revisionCount(id, partner.token())).isEqualTo(1);
  }

  private void preconditionsAreRequired(Tenants.Account partner, long id, String token) {
    Api.Reply noBase = configuring.edit(id, null, INITIAL, partner.token());
    assertThat(noBase.status()).as(noBase.body()).isEqualTo(428);
    assertThat(noBase.problemFields()).isEqualTo("If-Match");
    Api.Reply unknownBase = configuring.push(99, INITIAL, token);
    assertThat(unknownBase.status()).as(unknownBase.body()).isEqualTo(412);
    Api.Reply noDocument =
        api.send("PUT", Configuring.CONFIG, "{\"document\":[1]}", token, "If-Match", "\"1\"");
    assertThat(noDocument.status()).as(noDocument.body()).isEqualTo(400);
    assertThat(noDocument.problemFields()).isEqualTo("document");
  }
}

package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Secret settings are write-only: stored sealed, shown to people only as "set, changed on …" — in
 * the configuration, the history, a diff, a conflict, the server's log and the database — and
 * delivered in plain text only to the installation itself.
 */
@ExtendWith(PortalServer.class)
class ConfigurationSecretsIT {

  private final Tenants tenants = new Tenants(PortalServer.get());
  private final Api api = tenants.api();
  private final Installing installing = new Installing(PortalServer.get(), tenants);
  private final Configuring configuring = new Configuring(tenants, installing);

  @Test
  void aSecretReachesOnlyItsInstallation() throws Exception {
    installing.forgetFailures();
    String first = "Pw-" + Tenants.unique("first");
    String second = "Pw-" + Tenants.unique("second");
    String pushed = "Pw-" + Tenants.unique("pushed");
    Tenants.Account partner = tenants.partnerAdmin("cfg-secret");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    JsonObject created = installing.created(customer, partner.token());
    long id = Installing.id(created);
    String withSecret =
        "{'general':{'proxy':{'url':'http://proxy:3128','password':'" + first + "'}}}";
    List<Api.Reply> seenByPeople = new ArrayList<>();
    seenByPeople.add(configuring.edit(id, 0, withSecret, partner.token()));

    // The mask sent back keeps the secret; a new value replaces it.
    JsonObject masked =
        configuring
            .current(id, partner.token())
            .getJsonObject("document")
            .getJsonObject("general")
            .getJsonObject("proxy")
            .getJsonObject("password");
    assertThat(masked.getString("$secret")).isEqualTo("set");
    assertThat(masked.getString("changedAt")).isNotBlank();
    String keep =
        "{'general':{'language':'nl','proxy':{'url':'http://proxy:3128','password':"
            + masked.toString().replace('"', '\'')
            + "}}}";
    seenByPeople.add(configuring.edit(id, 1, keep, partner.token()));
    seenByPeople.add(configuring.edit(id, 2, withSecret.replace(first, second), partner.token()));

    JsonObject enrolled = installing.enrolled(created.getString("code"));
    String collector =
        installing.token(id, enrolled.getString("credential")).json().getString("accessToken");
    Api.Reply pulled = configuring.pull(null, collector);
    assertThat(pulled.status()).isEqualTo(200);
    assertThat(pulled.body()).contains(second).doesNotContain("$sealed");
    assertThat(pulled.json().getInt("revision")).isEqualTo(3);
    // Revision 2 kept the first secret: a revert to it brings it back for the Collector.
    seenByPeople.add(api.post(Configuring.of(id) + "/revert", "{\"revision\":2}", partner.token()));
    assertThat(configuring.pull(3, collector).body()).contains(first).doesNotContain(second);

    conflictIsMasked(
        id,
        partner.token(),
        collector,
        withSecret.replace(first, "Pw-support"),
        withSecret.replace(first, pushed),
        pushed);
    seenByPeople.addAll(everythingPeopleSee(id, partner.token()));
    noneShows(seenByPeople, first, second, pushed);
    storedSealed(id, first, second);
  }

  /** The Collector changes the secret while support changes it too: a conflict, masked. */
  private void conflictIsMasked(
      long id,
      String person,
      String collector,
      String bySupport,
      String byCollector,
      String pushed) {
    configuring.edit(id, 4, bySupport, person);
    Api.Reply conflicted = configuring.push(4, byCollector, collector);
    assertThat(conflicted.status()).as(conflicted.body()).isEqualTo(409);
    assertThat(conflicted.body()).doesNotContain(pushed).contains("\"$secret\"");
  }

  private static void noneShows(List<Api.Reply> seenByPeople, String... secrets) throws Exception {
    for (Api.Reply reply : seenByPeople) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      assertThat(reply.body()).doesNotContain(secrets).doesNotContain("$sealed");
    }
    assertThat(PortalServer.get().logText()).doesNotContain(secrets);
  }

  private List<Api.Reply> everythingPeopleSee(long id, String token) {
    List<Api.Reply> seenByPeople = new ArrayList<>();
    seenByPeople.add(api.get(Configuring.of(id), token));
    seenByPeople.add(api.get(Configuring.of(id) + "/revisions?limit=50", token));
    for (int n = 1; n <= 5; n++) {
      seenByPeople.add(api.get(Configuring.of(id) + "/revisions/" + n, token));
      seenByPeople.add(api.get(Configuring.of(id) + "/diff?from=" + (n - 1) + "&to=" + n, token));
    }
    seenByPeople.add(api.get(Configuring.of(id) + "/conflicts?all=true", token));
    Api.Reply diff = api.get(Configuring.of(id) + "/diff?from=1&to=3", token);
    assertThat(diff.body()).contains("/general/proxy/password").contains("\"secret\":true");
    return seenByPeople;
  }

  private static void storedSealed(long id, String first, String second) throws Exception {
    try (var db = PortalServer.get().connect();
        var rows =
            db.createStatement()
                .executeQuery(
                    "SELECT document || effective FROM configuration_revision WHERE installation_id = "
                        + id)) {
      while (rows.next()) {
        assertThat(rows.getString(1))
            .doesNotContain(first)
            .doesNotContain(second)
            .contains("$sealed");
      }
    }
  }
}

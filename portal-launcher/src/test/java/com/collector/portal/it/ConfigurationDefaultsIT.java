package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Defaults at partner and customer level: installations inherit them key by key under their own
 * settings, the effective view names where each value comes from, a locked key stays as the level
 * above set it, and a change of defaults reaches each configured installation as a new revision.
 */
@ExtendWith(PortalServer.class)
class ConfigurationDefaultsIT {

  private final Tenants tenants = new Tenants(PortalServer.get());
  private final Api api = tenants.api();
  private final Installing installing = new Installing(PortalServer.get(), tenants);
  private final Configuring configuring = new Configuring(tenants, installing);

  @Test
  void installationsInheritDefaultsAndLockedKeysStay() throws Exception {
    installing.forgetFailures();
    Configuring.Configured configured =
        configuring.configured("cfg-defaults", "{'general':{'language':'fr'}}");
    Tenants.Account partner = configured.partner();
    long customer = configured.customer();
    long id = configured.id();

    Api.Reply partnerDefaults =
        defaults(
            partner.organizationId(),
            "{'general':{'language':'nl','proxy':{'url':'http://partner:3128','password':'Partner-Pw'}}}",
            "[\"/general/proxy\"]",
            partner.token());
    assertThat(partnerDefaults.status()).as(partnerDefaults.body()).isEqualTo(200);
    assertThat(partnerDefaults.json().getInt("installationsUpdated")).isEqualTo(1);
    assertThat(partnerDefaults.body()).doesNotContain("Partner-Pw");
    Api.Reply customerDefaults =
        defaults(
            customer, "{'plugins':{'exact-online':{'companies':['100']}}}", "[]", partner.token());
    assertThat(customerDefaults.status()).as(customerDefaults.body()).isEqualTo(200);

    JsonObject now = configuring.current(id, partner.token());
    assertThat(now.getInt("revision")).isEqualTo(3);
    JsonObject general = now.getJsonObject("effective").getJsonObject("general");
    assertThat(general.getString("language"))
        .as("the installation's own value wins")
        .isEqualTo("fr");
    assertThat(general.getJsonObject("proxy").getString("url")).isEqualTo("http://partner:3128");
    JsonObject sources = now.getJsonObject("sources");
    assertThat(sources.getString("/general/language")).isEqualTo("installation");
    assertThat(sources.getString("/general/proxy/url"))
        .isEqualTo("partner:" + partner.organizationId());
    assertThat(sources.getString("/plugins/exact-online/companies"))
        .isEqualTo("customer:" + customer);
    assertThat(now.getJsonObject("lockedBy").getString("/general/proxy"))
        .isEqualTo("partner:" + partner.organizationId());

    lockedKeysStay(configured);
  }

  private void lockedKeysStay(Configuring.Configured configured) {
    Tenants.Account partner = configured.partner();
    long id = configured.id();
    Api.Reply byPerson =
        configuring.edit(
            id,
            3,
            "{'general':{'language':'fr','proxy':{'url':'http://mine:1'}}}",
            partner.token());
    assertThat(byPerson.status()).as(byPerson.body()).isEqualTo(400);
    assertThat(byPerson.problemFields()).isEqualTo("/general/proxy/url");

    String collector = configuring.enrolled(configured);
    JsonObject pulled = configuring.pull(null, collector).json();
    JsonObject proxy =
        pulled.getJsonObject("document").getJsonObject("general").getJsonObject("proxy");
    assertThat(proxy.getString("password"))
        .as("opened with the partner's key")
        .isEqualTo("Partner-Pw");
    String local =
        pulled
            .getJsonObject("document")
            .toString()
            .replace("http://partner:3128", "http://local:8080");
    Api.Reply pushed =
        api.send(
            "PUT",
            Configuring.CONFIG,
            "{\"document\":" + local + "}",
            collector,
            "If-Match",
            "\"3\"");
    assertThat(pushed.status()).as(pushed.body()).isEqualTo(409);
    JsonObject conflict = pushed.json().getJsonArray("conflicts").getJsonObject(0);
    assertThat(conflict.getString("path")).isEqualTo("/general/proxy/url");
    assertThat(conflict.getString("reason")).isEqualTo("LOCKED");
    assertThat(configuring.current(id, partner.token()).getInt("revision")).isEqualTo(3);
  }

  private Api.Reply defaults(long organization, String document, String locked, String token) {
    return api.send(
        "PUT",
        "/api/v1/organizations/" + organization + "/configuration-defaults",
        "{\"document\":" + Configuring.json(document) + ",\"locked\":" + locked + "}",
        token);
  }
}

package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

/** Configuration calls of the end-to-end tests: people's API and the Collector's protocol. */
final class Configuring {

  static final String CONFIG = "/api/collector/v1/config";

  private final Api api;
  private final Tenants tenants;
  private final Installing installing;

  Configuring(Tenants tenants, Installing installing) {
    this.api = tenants.api();
    this.tenants = tenants;
    this.installing = installing;
  }

  /** A partner's customer's installation, not enrolled yet, configured with {@code document}. */
  record Configured(Tenants.Account partner, long customer, long id, String code) {}

  Configured configured(String prefix, String document) {
    Tenants.Account partner = tenants.partnerAdmin(prefix);
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    JsonObject created = installing.created(customer, partner.token());
    long id = Installing.id(created);
    edited(id, 0, document, partner.token());
    return new Configured(partner, customer, id, created.getString("code"));
  }

  /** Enrolls the installation with its code; answers its Collector's access token. */
  String enrolled(Configured configured) {
    JsonObject enrolled = installing.enrolled(configured.code());
    return installing
        .token(configured.id(), enrolled.getString("credential"))
        .json()
        .getString("accessToken");
  }

  static String of(long installationId) {
    return "/api/v1/installations/" + installationId + "/configuration";
  }

  /** A person's edit based on {@code base} (null: no If-Match). */
  Api.Reply edit(long installationId, Integer base, String document, String token) {
    return api.send("PUT", of(installationId), body(document), token, ifMatch(base));
  }

  /** A person's edit that must go in; answers the new revision's number. */
  int edited(long installationId, int base, String document, String token) {
    Api.Reply reply = edit(installationId, base, document, token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonObject("configuration").getInt("revision");
  }

  JsonObject current(long installationId, String token) {
    Api.Reply reply = api.get(of(installationId), token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  /** How many revisions the installation has. */
  int revisionCount(long installationId, String token) {
    Api.Reply reply = api.get(of(installationId) + "/revisions?limit=100", token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getInt("total");
  }

  /** The Collector's pull, naming the revision it runs (null: none). */
  Api.Reply pull(Integer held, String installationToken) {
    return held == null
        ? api.get(CONFIG, installationToken)
        : api.send("GET", CONFIG, null, installationToken, "If-None-Match", "\"" + held + "\"");
  }

  /** The Collector's push of its whole local document, based on {@code base}. */
  Api.Reply push(Integer base, String document, String installationToken) {
    return api.send("PUT", CONFIG, body(document), installationToken, ifMatch(base));
  }

  private static String[] ifMatch(Integer base) {
    return base == null ? new String[0] : new String[] {"If-Match", "\"" + base + "\""};
  }

  private static String body(String document) {
    return "{\"document\":" + json(document) + ",\"comment\":\"test\"}";
  }

  /** JSON written with single quotes. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }
}

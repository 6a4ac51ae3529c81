package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** Installations for end-to-end tests: create one, enroll it, get its tokens. */
final class Installing {

  static final String ENROLL = "/api/collector/v1/enroll";
  static final String TOKEN = "/api/collector/v1/token";
  static final String OWN = "/api/collector/v1/installation";
  static final String INSTALLATIONS = "/api/v1/installations";

  private final PortalServer server;
  private final Api api;

  Installing(PortalServer server, Tenants tenants) {
    this.server = server;
    this.api = tenants.api();
  }

  Api.Reply create(long customer, String name, String token) {
    return api.post(
        INSTALLATIONS,
        "{\"customerId\":%d,\"name\":%s}".formatted(customer, Api.quote(Tenants.unique(name))),
        token);
  }

  /** Creates an installation and answers the reply: its record and enrollment code. */
  JsonObject created(long customer, String token) {
    Api.Reply created = create(customer, "pc", token);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  Api.Reply enroll(String code, String machineName) {
    return api.post(
        ENROLL,
        ("{\"code\":%s,\"machineName\":%s,\"os\":\"Windows 11 Pro\",\"appVersion\":\"4.2.0.17\","
                + "\"plugins\":{\"sql-server\":\"1.4.2\",\"odbc\":\"2.0.0\"}}")
            .formatted(Api.quote(code), machineName == null ? "null" : Api.quote(machineName)),
        null);
  }

  /** Enrolls with {@code code}; answers installationId and credential. */
  JsonObject enrolled(String code) {
    Api.Reply enrolled = enroll(code, "DESK-" + Tenants.unique("m"));
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(200);
    return enrolled.json();
  }

  Api.Reply token(long installationId, String credential) {
    return api.post(
        TOKEN,
        "{\"installationId\":%d,\"credential\":%s}"
            .formatted(installationId, Api.quote(credential)),
        null);
  }

  /** A new enrolled installation of {@code customer}: its access token. */
  String accessToken(long customer, String managerToken) {
    JsonObject enrolled = enrolled(created(customer, managerToken).getString("code"));
    Api.Reply token =
        token(
            enrolled.getJsonNumber("installationId").longValue(), enrolled.getString("credential"));
    assertThat(token.status()).as(token.body()).isEqualTo(200);
    return token.json().getString("accessToken");
  }

  static long id(JsonObject created) {
    return created.getJsonObject("installation").getJsonNumber("id").longValue();
  }

  long count(long customer) throws SQLException {
    try (Connection db = server.connect();
        PreparedStatement count =
            db.prepareStatement("SELECT count(*) FROM installation WHERE customer_id = ?")) {
      count.setLong(1, customer);
      var rows = count.executeQuery();
      rows.next();
      return rows.getLong(1);
    }
  }

  /** The audited actions on installation {@code id}, oldest first. */
  java.util.List<String> auditedActions(long id) throws SQLException {
    try (Connection db = server.connect();
        PreparedStatement select =
            db.prepareStatement(
                "SELECT action FROM audit_entry WHERE entity_type = 'installation'"
                    + " AND entity_id = ? ORDER BY id")) {
      select.setString(1, Long.toString(id));
      var rows = select.executeQuery();
      java.util.List<String> actions = new java.util.ArrayList<>();
      while (rows.next()) {
        actions.add(rows.getString(1));
      }
      return actions;
    }
  }

  void expireCode(long installation) throws SQLException {
    try (Connection db = server.connect();
        PreparedStatement expire =
            db.prepareStatement(
                "UPDATE installation SET code_expires_at = now() - interval '1 minute'"
                    + " WHERE id = ?")) {
      expire.setLong(1, installation);
      assertThat(expire.executeUpdate()).isEqualTo(1);
    }
  }

  /** Forgets the enrollment throttle's counts, so tests do not depend on each other's failures. */
  void forgetFailures() throws SQLException {
    try (Connection db = server.connect();
        Statement forget = db.createStatement()) {
      forget.executeUpdate("DELETE FROM sign_in_throttle WHERE email_key LIKE 'enroll:%'");
    }
  }
}

package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log records sign-ins, exports per tenant, and detects tampering underneath the portal.
 */
@ExtendWith(PortalServer.class)
class AuditIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();

  @Test
  void signInsAreRecordedWithTheirOriginAndOutcome() {
    Tenants.Account admin = tenants.partnerAdmin("audit-signin");
    api.post("/api/v1/auth/token", AuthIT.credentials(admin.email(), "wrong-password-here"), null);

    String entries = api.get("/api/v1/audit?q=sign-in&limit=200", admin.token()).body();
    JsonObject latest =
        api.get("/api/v1/audit?q=sign-in.failed", admin.token())
            .json()
            .getJsonArray("items")
            .getJsonObject(0);

    assertThat(entries).contains("sign-in.succeeded").contains(admin.email());
    assertThat(latest.getString("actor")).isEqualTo(admin.email());
    assertThat(latest.getString("origin")).isNotBlank();
  }

  @Test
  void theCsvExportHoldsOnlyTheCallersSubtree() {
    Tenants.Account a = tenants.partnerAdmin("csv-a");
    Tenants.Account b = tenants.partnerAdmin("csv-b");
    tenants.organization(a.organizationId(), "csv-customer-of-a", a.token());
    tenants.organization(b.organizationId(), "csv-customer-of-b", b.token());

    Api.Reply export = api.get("/api/v1/audit/export", a.token());

    assertThat(export.status()).isEqualTo(200);
    assertThat(export.contentType()).startsWith("text/csv");
    assertThat(export.header("Content-Disposition")).contains("audit.csv");
    assertThat(export.body())
        .startsWith("id,at,actor,action")
        .contains("csv-customer-of-a")
        .doesNotContain("csv-customer-of-b");
    assertThat(
            api.get(
                    "/api/v1/audit/export",
                    tenants.user(a.organizationId(), "PARTNER_USER", a.token()).token())
                .status())
        .isEqualTo(403);
  }

  @Test
  void onlyVendorAdministratorsVerifyTheWholeChain() {
    Tenants.Account partner = tenants.partnerAdmin("verify-refused");

    assertThat(api.post("/api/v1/audit/verification", null, partner.token()).status())
        .isEqualTo(403);
  }

  @Test
  void rowsAreAppendOnlyAndATamperedRowIsFoundByTheVerification() throws SQLException {
    Tenants.Account admin = tenants.partnerAdmin("tamper");
    long id = tenants.organization(admin.organizationId(), "tamper-target", admin.token());
    String vendor = tenants.vendorAdmin();
    JsonObject before = verify(vendor);
    assertThat(before.getBoolean("intact")).as(before.toString()).isTrue();

    try (Connection db = server.connect()) {
      long entry = entryAbout(db, id);
      assertThatThrownBy(() -> setActor(db, entry, "someone-else@example.test"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");

      try (Statement sql = db.createStatement()) {
        sql.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
      }
      try {
        setActor(db, entry, "someone-else@example.test");
        JsonObject broken = verify(vendor);
        assertThat(broken.getBoolean("intact")).isFalse();
        assertThat(broken.getJsonNumber("firstBrokenEntryId").longValue()).isEqualTo(entry);

        setActor(db, entry, admin.email());
        assertThat(verify(vendor).getBoolean("intact")).as("restored").isTrue();
      } finally {
        try (Statement sql = db.createStatement()) {
          sql.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
        }
      }
    }
  }

  private JsonObject verify(String token) {
    Api.Reply reply = api.post("/api/v1/audit/verification", null, token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static long entryAbout(Connection db, long organizationId) throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT id FROM audit_entry WHERE entity_type = 'organization' AND entity_id = ?"
                + " AND action = 'organization.created'")) {
      query.setString(1, Long.toString(organizationId));
      try (ResultSet rows = query.executeQuery()) {
        assertThat(rows.next()).isTrue();
        return rows.getLong(1);
      }
    }
  }

  private static void setActor(Connection db, long entry, String actor) throws SQLException {
    try (PreparedStatement update =
        db.prepareStatement("UPDATE audit_entry SET actor = ? WHERE id = ?")) {
      update.setString(1, actor);
      update.setLong(2, entry);
      update.executeUpdate();
    }
  }
}

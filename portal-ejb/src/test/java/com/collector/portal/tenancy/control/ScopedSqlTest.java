package com.collector.portal.tenancy.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.tenancy.entity.OrganizationKind;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopedSqlTest {

  private static TenantScope partner(List<String> hidden) {
    return new TenantScope(
        "ada@example.com",
        7L,
        17L,
        "/1/17/",
        OrganizationKind.PARTNER,
        EnumSet.of(Right.VIEW),
        false,
        hidden,
        null);
  }

  @Test
  void everyMarkerBecomesTheScopeConditionOnItsAliasAfterTheCallersParameters() {
    ScopedSql cut =
        ScopedSql.of(
            "SELECT count(*) FROM a x JOIN b y ON y.id = x.id WHERE {scope:x} AND x.n = ?1"
                + " AND EXISTS (SELECT 1 FROM c z WHERE {scope:z} AND z.m = ?2)",
            List.of(5, "m"),
            partner(List.of("/1/17/66/")));

    assertThat(cut.sql())
        .isEqualTo(
            "SELECT count(*) FROM a x JOIN b y ON y.id = x.id WHERE (x.owner_path LIKE ?3 AND"
                + " x.owner_path NOT LIKE ?4) AND x.n = ?1 AND EXISTS (SELECT 1 FROM c z WHERE"
                + " (z.owner_path LIKE ?3 AND z.owner_path NOT LIKE ?4) AND z.m = ?2)");
    assertThat(cut.parameters()).containsExactly(5, "m", "/1/17/%", "/1/17/66/%");
  }

  @Test
  void aScopeWithoutHiddenSubtreesOnlyKeepsItsPrefix() {
    ScopedSql cut =
        ScopedSql.of("SELECT 1 FROM t e WHERE {scope:e}", List.of(), partner(List.of()));

    assertThat(cut.sql()).isEqualTo("SELECT 1 FROM t e WHERE (e.owner_path LIKE ?1)");
    assertThat(cut.parameters()).containsExactly("/1/17/%");
  }

  @Test
  void aStatementWithoutAMarkerIsRefusedBecauseItWouldReadEveryTenant() {
    assertThatThrownBy(
            () -> ScopedSql.of("SELECT * FROM telemetry_event", List.of(), partner(List.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package com.collector.portal.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

  private static final String GENESIS = "0".repeat(64);
  private static final Instant AT = Instant.parse("2026-11-24T10:15:30.123456789Z");

  private static AuditEntry entry(String action) {
    return new AuditEntry(
        AT, "admin@example.test", action, "organization", "7", "/1/7/", null, "{\"name\":\"A\"}");
  }

  @Test
  void aSealedEntryVerifiesAfterItsPredecessorOnly() {
    AuditEntry cut = entry("organization.created");
    String hash = cut.sealAfter(GENESIS);

    assertThat(hash).hasSize(64).isEqualTo(cut.entryHash());
    assertThat(cut.previousHash()).isEqualTo(GENESIS);
    assertThat(cut.isIntactAfter(GENESIS)).isTrue();
    assertThat(cut.isIntactAfter("f".repeat(64))).isFalse();
  }

  @Test
  void theHashCoversContentAndPredecessor() {
    String created = entry("organization.created").sealAfter(GENESIS);
    String updated = entry("organization.updated").sealAfter(GENESIS);
    String elsewhere = entry("organization.created").sealAfter("1".repeat(64));

    assertThat(created).isNotEqualTo(updated).isNotEqualTo(elsewhere);
    assertThat(entry("organization.created").sealAfter(GENESIS))
        .as("deterministic")
        .isEqualTo(created);
  }

  @Test
  void theOriginIsCoveredAndFixedOnceSealed() {
    String withOrigin = entry("sign-in.failed").from("10.0.0.1").sealAfter(GENESIS);
    AuditEntry cut = entry("sign-in.failed");
    String without = cut.sealAfter(GENESIS);

    assertThat(withOrigin).isNotEqualTo(without);
    assertThatThrownBy(() -> cut.from("10.0.0.2")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> cut.sealAfter(GENESIS)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void timesAreKeptToTheMicrosecondTheDatabaseStores() {
    assertThat(entry("x").at()).isEqualTo(Instant.parse("2026-11-24T10:15:30.123456Z"));
  }
}

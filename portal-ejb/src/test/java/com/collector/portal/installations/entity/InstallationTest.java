package com.collector.portal.installations.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.tenancy.entity.Organization;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstallationTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final Duration DAYS_3 = Duration.ofHours(72);

  private final Organization customer =
      Organization.vendor(1, "Vendor", NOW)
          .addChild(2, "Partner", null, NOW)
          .addChild(3, "Customer", null, NOW);
  private final Installation cut = new Installation(customer, " Front desk ", "a@x.test", NOW);
  private final MachineFacts facts =
      new MachineFacts("PC-1", "Windows 11", "4.2.0.17", Map.of("sql-server", "1.2.0"));

  @Test
  void aNewInstallationIsPendingInItsCustomersSubtree() {
    assertThat(cut.state()).isEqualTo(InstallationState.PENDING);
    assertThat(cut.ownerPath()).isEqualTo("/1/2/3/");
    assertThat(cut.name()).isEqualTo("Front desk");
  }

  @Test
  void anOpenCodeIsAcceptedUntilItExpires() {
    cut.openEnrollment("a".repeat(64), NOW, DAYS_3);

    assertThat(cut.acceptsCode("a".repeat(64), NOW.plus(DAYS_3).minusSeconds(1))).isTrue();
    assertThat(cut.acceptsCode("a".repeat(64), NOW.plus(DAYS_3))).isFalse();
    assertThat(cut.acceptsCode("b".repeat(64), NOW)).isFalse();
  }

  @Test
  void aNewCodeRevokesTheOpenOne() {
    cut.openEnrollment("a".repeat(64), NOW, DAYS_3);
    cut.openEnrollment("b".repeat(64), NOW, DAYS_3);

    assertThat(cut.acceptsCode("a".repeat(64), NOW)).isFalse();
    assertThat(cut.acceptsCode("b".repeat(64), NOW)).isTrue();
  }

  @Test
  void enrollingUsesTheCodeUpAndActivates() {
    cut.openEnrollment("a".repeat(64), NOW, DAYS_3);
    cut.enroll(facts, "c".repeat(64), NOW);

    assertThat(cut.state()).isEqualTo(InstallationState.ACTIVE);
    assertThat(cut.acceptsCode("a".repeat(64), NOW)).isFalse();
    assertThat(cut.acceptsCredential("c".repeat(64))).isTrue();
    assertThat(cut.plugins()).containsEntry("sql-server", "1.2.0");
    assertThat(cut.enrolledAt()).isEqualTo(NOW);
    assertThat(cut.lastContactAt()).isEqualTo(NOW);
  }

  @Test
  void reEnrollingReplacesTheCredential() {
    cut.enroll(facts, "c".repeat(64), NOW);
    cut.enroll(facts, "d".repeat(64), NOW.plusSeconds(60));

    assertThat(cut.acceptsCredential("c".repeat(64))).isFalse();
    assertThat(cut.acceptsCredential("d".repeat(64))).isTrue();
    assertThat(cut.isCurrentCredential("c".repeat(16))).isFalse();
    assertThat(cut.isCurrentCredential("d".repeat(16))).isTrue();
    assertThat(cut.isCurrentCredential(null)).isFalse();
  }

  @Test
  void contactIsRecordedAtMostOnceAMinute() {
    cut.enroll(facts, "c".repeat(64), NOW);
    cut.recordContact(NOW.plusSeconds(30));
    assertThat(cut.lastContactAt()).isEqualTo(NOW);
    cut.recordContact(NOW.plusSeconds(61));
    assertThat(cut.lastContactAt()).isEqualTo(NOW.plusSeconds(61));
  }

  @Test
  void aRetiredInstallationAcceptsNothingAndStaysRetired() {
    cut.enroll(facts, "c".repeat(64), NOW);
    cut.retire(NOW);

    assertThat(cut.state()).isEqualTo(InstallationState.RETIRED);
    assertThat(cut.acceptsCredential("c".repeat(64))).isFalse();
    assertThat(cut.isCurrentCredential("c".repeat(16))).isFalse();
    assertThatThrownBy(() -> cut.openEnrollment("a".repeat(64), NOW, DAYS_3))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> cut.retire(NOW)).isInstanceOf(ConflictException.class);
  }
}

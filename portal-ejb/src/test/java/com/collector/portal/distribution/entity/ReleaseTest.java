package com.collector.portal.distribution.entity;

import static com.collector.portal.platform.boundary.Refusals.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.collector.portal.identity.entity.Language;
import com.collector.portal.platform.boundary.ConflictException;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ReleaseTest {

  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);
  private static final SignedPackage PACKAGE =
      new SignedPackage("ab".repeat(32), 1234, "c2ln", "kid-1", "RS256");

  private final Product plugin =
      new Product(
          "/1/",
          "ocr",
          ProductKind.PLUGIN,
          Map.of(Language.en, "OCR", Language.fr, "ROC", Language.nl, "OCR"),
          "",
          T0);

  private Release draft(int rollout) {
    return new Release(
        plugin,
        ReleaseVersion.parse(ProductKind.PLUGIN, "1.2.0+build.7", "version"),
        new ReleaseTerms("beta", Map.of(Language.en, "Faster"), "4.0.0.0", null, false, rollout),
        PACKAGE,
        "rm@vendor.test",
        T0);
  }

  @Test
  void aNewReleaseIsADraftOfItsProductWithItsPackage() {
    Release cut = draft(10);

    assertThat(cut.state()).isEqualTo(ReleaseState.DRAFT);
    assertThat(cut.ownerPath()).isEqualTo("/1/");
    assertThat(cut.version()).isEqualTo("1.2.0+build.7");
    assertThat(cut.rolloutKey()).isEqualTo("ocr@1.2.0");
    assertThat(cut.signedPackage()).isEqualTo(PACKAGE);
    assertThat(cut.notes(Language.en)).isEqualTo("Faster");
    assertThat(cut.notes(Language.nl)).isEmpty();
    assertThat(cut.publishedAt()).isNull();
  }

  @Test
  void everyAppReleaseSharesOneRolloutKeySoAnInstallationKeepsItsRing() {
    Release app =
        new Release(
            Product.collectorApp("/1/", T0),
            ReleaseVersion.parse(ProductKind.APP, "4.2.0.17", "version"),
            new ReleaseTerms("stable", Map.of(), null, null, false, 30),
            PACKAGE,
            "rm@vendor.test",
            T0);

    assertThat(app.rolloutKey()).isEqualTo(Product.APP_CODE);
  }

  @Test
  void publishingADraftRecordsWhoAndWhenOnce() {
    Release cut = draft(10);

    cut.publish("pipeline", T1);

    assertThat(cut.state()).isEqualTo(ReleaseState.PUBLISHED);
    assertThat(cut.publishedBy()).isEqualTo("pipeline");
    assertThat(cut.publishedAt()).isEqualTo(T1);
    assertConflict(() -> cut.publish("pipeline", T1), "state");
  }

  @Test
  void aDraftsRolloutMayGoEitherWay() {
    Release cut = draft(50);

    cut.changeRollout(5, T1);

    assertThat(cut.rolloutPercent()).isEqualTo(5);
  }

  @Test
  void aPublishedReleasesRolloutOnlyRises() {
    Release cut = draft(30);
    cut.publish("pipeline", T1);

    assertConflict(() -> cut.changeRollout(29, T1), "percent");
    cut.changeRollout(30, T1);
    cut.changeRollout(100, T1);

    assertThat(cut.rolloutPercent()).isEqualTo(100);
  }

  @Test
  void rolloutOutsideZeroToHundredIsInvalid() {
    Release cut = draft(30);

    assertInvalidInput(() -> cut.changeRollout(101, T1), "percent");
    assertInvalidInput(() -> cut.changeRollout(-1, T1), "percent");
    assertInvalidInput(() -> draft(101), "percent");
  }

  @Test
  void revokingEndsEverything() {
    Release cut = draft(30);
    cut.publish("pipeline", T0);

    cut.revoke("manager", T1);

    assertThat(cut.state()).isEqualTo(ReleaseState.REVOKED);
    assertThat(cut.revokedBy()).isEqualTo("manager");
    assertThat(cut.revokedAt()).isEqualTo(T1);
    assertConflict(() -> cut.revoke("manager", T1), "state");
    assertConflict(() -> cut.publish("manager", T1), "state");
    assertConflict(() -> cut.changeRollout(100, T1), "state");
  }

  @Test
  void aDraftCanBeWithdrawnButNeverPublishedAfterwards() {
    Release cut = draft(30);

    cut.revoke("manager", T1);

    assertThat(cut.state()).isEqualTo(ReleaseState.REVOKED);
    assertConflict(() -> cut.publish("manager", T1), "state");
  }

  @Test
  void channelsAreLowercaseNames() {
    assertInvalidInput(
        () ->
            new Release(
                plugin,
                ReleaseVersion.parse(ProductKind.PLUGIN, "1.0.0", "version"),
                new ReleaseTerms("Beta", Map.of(), null, null, false, 100),
                PACKAGE,
                "rm",
                T0),
        "channel");
  }

  private static void assertConflict(ThrowingCallable call, String field) {
    ConflictException conflict = catchThrowableOfType(ConflictException.class, call);
    assertThat(conflict).as("expected a 409 on %s", field).isNotNull();
    assertThat(conflict.field()).isEqualTo(field);
    assertThat(conflict.status()).isEqualTo(409);
  }
}

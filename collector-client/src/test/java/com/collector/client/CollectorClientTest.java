package com.collector.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectorClientTest {

  private static final Instant LATER = Instant.now().plus(1, ChronoUnit.DAYS);

  @TempDir Path dir;
  private FakePortal portal;
  private CollectorClient client;

  @BeforeEach
  void enroll() throws Exception {
    portal = new FakePortal();
    client = portal.enrolled(dir);
  }

  @AfterEach
  void stop() {
    portal.close();
  }

  private void decide(long version, String... steps) {
    portal.decision =
        FakePortal.jws(
            FakePortal.payload(version, LATER, FakePortal.INSTALLATION, steps),
            portal.key,
            FakePortal.KID);
  }

  @Test
  void enrollingKeepsTheCredentialInAnOwnerOnlyStateFile() throws Exception {
    ClientState loaded = ClientState.load(dir);

    assertThat(loaded.installationId()).isEqualTo(FakePortal.INSTALLATION);
    assertThat(loaded.credential()).isEqualTo("cpic_secret");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(loaded.file())))
        .isEqualTo("rw-------");
    assertThat(client.token()).isEqualTo("tok");
  }

  @Test
  void anUpdateInstallsVerifiedPluginsAndRemembersTheDecision() throws Exception {
    byte[] pkg = FakePortal.plugin("ocr", "1.0.0");
    decide(1000, portal.step("ocr", "install", "1.0.0", pkg, portal.key));

    Decision decision = client.update();

    assertThat(decision.version()).isEqualTo(1000);
    Path installed = client.pluginDirectory("ocr", "1.0.0");
    assertThat(installed.resolve("collector-plugin.json")).content().contains("\"ocr\"");
    assertThat(installed.resolve("lib/plugin.dll")).exists();
    ClientState saved = ClientState.load(dir);
    assertThat(saved.decisionVersion()).isEqualTo(1000);
    assertThat(saved.plugins()).isEqualTo(Map.of("ocr", "1.0.0"));
    assertThat(dir.resolve("downloads")).isEmptyDirectory();
  }

  @Test
  void aNewerVersionReplacesTheOldOneAndRemoveDeletesIt() throws Exception {
    decide(
        1000,
        portal.step("ocr", "install", "1.0.0", FakePortal.plugin("ocr", "1.0.0"), portal.key));
    client.update();
    decide(
        2000, portal.step("ocr", "update", "1.1.0", FakePortal.plugin("ocr", "1.1.0"), portal.key));

    client.update();

    assertThat(portal.lastCheckBody).contains("\"plugins\":{\"ocr\":\"1.0.0\"}");
    assertThat(client.pluginDirectory("ocr", "1.1.0")).isDirectory();
    assertThat(client.pluginDirectory("ocr", "1.0.0")).doesNotExist();
    assertThat(client.state().plugins()).containsEntry("ocr", "1.1.0");

    decide(3000, FakePortal.bare("ocr", "remove", "1.1.0"));
    client.update();

    assertThat(client.pluginDirectory("ocr", "1.1.0").getParent()).doesNotExist();
    assertThat(ClientState.load(dir).plugins()).isEmpty();
  }

  @Test
  void aChangedByteIsRefusedAndNothingIsInstalled() throws Exception {
    byte[] pkg = FakePortal.plugin("ocr", "1.0.0");
    decide(1000, portal.step("ocr", "install", "1.0.0", pkg, portal.key));
    byte[] flipped = pkg.clone();
    flipped[flipped.length / 2] ^= 1;
    portal.serve("ocr", "1.0.0", flipped);

    assertRefused(RefusedPackage.Reason.BAD_HASH);
  }

  @Test
  void aPackageSignedWithAnotherKeyIsRefused() throws Exception {
    decide(
        1000,
        portal.step("ocr", "install", "1.0.0", FakePortal.plugin("ocr", "1.0.0"), portal.other));

    assertRefused(RefusedPackage.Reason.BAD_SIGNATURE);
  }

  @Test
  void aPackageOfAnotherSizeIsRefused() throws Exception {
    byte[] pkg = FakePortal.plugin("ocr", "1.0.0");
    decide(1000, portal.step("ocr", "install", "1.0.0", pkg, portal.key));
    portal.serve("ocr", "1.0.0", java.util.Arrays.copyOf(pkg, pkg.length + 10));

    assertRefused(RefusedPackage.Reason.BAD_SIZE);
  }

  private void assertRefused(RefusedPackage.Reason reason) throws IOException {
    assertThatThrownBy(client::update)
        .isInstanceOfSatisfying(
            RefusedPackage.class, refused -> assertThat(refused.reason()).isEqualTo(reason));
    assertThat(client.pluginDirectory("ocr", "1.0.0")).doesNotExist();
    assertThat(client.state().plugins()).isEmpty();
    try (var parts = Files.list(dir.resolve("downloads"))) {
      assertThat(parts).as("the refused part is deleted").isEmpty();
    }
  }

  @Test
  void aDecisionSignedWithAnUnpublishedKeyIsRefusedAfterOneRefetch() throws Exception {
    portal.decision =
        FakePortal.jws(
            FakePortal.payload(1000, LATER, FakePortal.INSTALLATION), portal.other, "rogue");

    assertDecisionRefused(RefusedDecision.Reason.UNKNOWN_KEY);
    assertThat(portal.keyFetches).hasValue(1);
    assertDecisionRefused(RefusedDecision.Reason.UNKNOWN_KEY);
    assertThat(portal.keyFetches).as("each unknown kid refetches once").hasValue(2);
  }

  @Test
  void aRotatedKeyIsFetchedWhenADecisionNamesIt() throws Exception {
    decide(1000);
    client.checkUpdates();
    portal.published.put("next", portal.other);
    portal.decision =
        FakePortal.jws(
            FakePortal.payload(2000, LATER, FakePortal.INSTALLATION), portal.other, "next");

    assertThat(client.checkUpdates().version()).isEqualTo(2000);
    assertThat(portal.keyFetches).hasValue(2);
  }

  @Test
  void aDecisionSignedWithTheWrongKeyOrTamperedIsRefused() throws Exception {
    portal.decision =
        FakePortal.jws(
            FakePortal.payload(1000, LATER, FakePortal.INSTALLATION), portal.other, FakePortal.KID);
    assertDecisionRefused(RefusedDecision.Reason.BAD_SIGNATURE);

    decide(1000);
    String[] parts = portal.decision.split("\\.");
    String forged =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                FakePortal.payload(9000, LATER, FakePortal.INSTALLATION)
                    .getBytes(StandardCharsets.UTF_8));
    portal.decision = parts[0] + "." + forged + "." + parts[2];
    assertDecisionRefused(RefusedDecision.Reason.BAD_SIGNATURE);
  }

  @Test
  void anOlderDecisionIsARollback() throws Exception {
    decide(2000);
    client.checkUpdates();
    String newer = portal.decision;
    decide(1000);

    assertDecisionRefused(RefusedDecision.Reason.ROLLBACK);
    assertThat(ClientState.load(dir).decisionVersion()).isEqualTo(2000);
    portal.decision = newer;
    assertThat(client.checkUpdates().version()).as("the same version is fine").isEqualTo(2000);
  }

  @Test
  void anUnchangedDecisionIs304AndTheSavedOneIsVerifiedAgain() throws Exception {
    decide(1000);
    client.checkUpdates();

    Decision again = new CollectorClient(portal.uri(), dir).checkUpdates();

    assertThat(again.version()).isEqualTo(1000);
    assertThat(portal.notModified).hasValue(1);
    decide(2000);
    assertThat(client.checkUpdates().version()).isEqualTo(2000);
    assertThat(portal.notModified).hasValue(1);
    Files.writeString(dir.resolve(CollectorClient.DECISION_FILE), "tampered");
    assertThatThrownBy(client::checkUpdates)
        .as("the portal answers 304, the saved decision is verified again")
        .isInstanceOf(RefusedDecision.class);
    assertThat(portal.notModified).hasValue(2);
  }

  @Test
  void anExpiredDecisionIsAFreeze() throws Exception {
    portal.decision =
        FakePortal.jws(
            FakePortal.payload(1000, Instant.now().minusSeconds(5), FakePortal.INSTALLATION),
            portal.key,
            FakePortal.KID);

    assertDecisionRefused(RefusedDecision.Reason.EXPIRED);
  }

  @Test
  void anotherInstallationsDecisionIsRefused() throws Exception {
    portal.decision =
        FakePortal.jws(FakePortal.payload(1000, LATER, 43), portal.key, FakePortal.KID);

    assertDecisionRefused(RefusedDecision.Reason.WRONG_INSTALLATION);
  }

  private void assertDecisionRefused(RefusedDecision.Reason reason) {
    assertThatThrownBy(client::checkUpdates)
        .isInstanceOfSatisfying(
            RefusedDecision.class, refused -> assertThat(refused.reason()).isEqualTo(reason));
  }

  @Test
  void anInterruptedDownloadResumesWithRange() throws Exception {
    byte[] pkg = FakePortal.plugin("ocr", "1.0.0");
    decide(1000, portal.step("ocr", "install", "1.0.0", pkg, portal.key));
    portal.cutNextDownload = true;

    assertThatThrownBy(client::update).isInstanceOf(IOException.class);
    Path part = dir.resolve("downloads/ocr-1.0.0.zip.part");
    long half = Files.size(part);
    assertThat(half).isPositive().isLessThan(pkg.length);

    client.update();

    assertThat(portal.ranges).containsExactly("null", "bytes=" + half + "-");
    assertThat(client.pluginDirectory("ocr", "1.0.0").resolve("lib/plugin.dll")).exists();
  }

  @Test
  void aPortalIgnoringRangeRestartsTheDownload() throws Exception {
    byte[] pkg = FakePortal.plugin("ocr", "1.0.0");
    decide(1000, portal.step("ocr", "install", "1.0.0", pkg, portal.key));
    Files.createDirectories(dir.resolve("downloads"));
    Files.write(dir.resolve("downloads/ocr-1.0.0.zip.part"), new byte[] {1, 2, 3, 4});
    portal.ignoreRange = true;

    client.update();

    assertThat(portal.ranges).containsExactly("bytes=4-");
    assertThat(client.state().plugins()).containsEntry("ocr", "1.0.0");
  }

  @Test
  void aZipWithAnEscapingNameIsRefused() throws Exception {
    byte[] slip = FakePortal.zip(Map.of("../../evil.txt", "x".getBytes(StandardCharsets.UTF_8)));
    decide(1000, portal.step("ocr", "install", "1.0.0", slip, portal.key));

    assertThatThrownBy(client::update)
        .isInstanceOfSatisfying(
            RefusedPackage.class,
            refused -> assertThat(refused.reason()).isEqualTo(RefusedPackage.Reason.BAD_CONTENT));
    assertThat(dir.resolve("evil.txt")).doesNotExist();
    assertThat(dir.getParent().resolve("evil.txt")).doesNotExist();
    assertThat(client.pluginDirectory("ocr", "1.0.0")).doesNotExist();
  }
}

package com.collector.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.repository.clickonce.PublishFixture;
import com.collector.repository.clickonce.signing.ManifestSigner;
import com.collector.repository.clickonce.signing.StrongNameKeys;
import com.collector.repository.signing.LocalKeyStoreSigner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** Runs {@code args} against {@code portal}, the state in {@link #dir}. */
  private int run(FakePortal portal, String... args) {
    return run(
        Stream.concat(
                Arrays.stream(args),
                Stream.of("--portal", portal.uri().toString(), "--state", dir.toString()))
            .toArray(String[]::new));
  }

  @Test
  void enrollThenUpdateInstallsAndRefusalsExitWith3() throws Exception {
    try (FakePortal portal = new FakePortal()) {
      String url = portal.uri().toString();
      String state = dir.toString();
      portal.decision =
          FakePortal.jws(
              FakePortal.payload(
                  5,
                  Instant.now().plusSeconds(600),
                  FakePortal.INSTALLATION,
                  portal.step(
                      "ocr", "install", "1.0.0", FakePortal.plugin("ocr", "1.0.0"), portal.key)),
              portal.key,
              FakePortal.KID);

      assertThat(run("enroll", "--portal", url, "--state", state, "--code", "X")).isZero();
      assertThat(run("update", "--portal", url, "--state", state)).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains("enrolled as installation 42", "install ocr 1.0.0", "{ocr=1.0.0}");

      portal.decision =
          FakePortal.jws(
              FakePortal.payload(4, Instant.now().plusSeconds(600), FakePortal.INSTALLATION),
              portal.key,
              FakePortal.KID);
      assertThat(run("check", "--portal", url, "--state", state)).isEqualTo(3);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("ROLLBACK");
    }
  }

  @Test
  void configPullAndPushPrintTheRevisions() throws Exception {
    try (FakePortal portal = new FakePortal()) {
      portal.enrollConfiguration =
          "{\"revision\":1,\"document\":" + CollectorClientConfigurationTest.DOCUMENT + "}";
      assertThat(run(portal, "enroll", "--code", "X")).isZero();
      portal.configRevision = 2;
      portal.configDocument = CollectorClientConfigurationTest.DOCUMENT;

      assertThat(run(portal, "config", "pull")).isZero();
      assertThat(run(portal, "config", "pull")).isZero();
      portal.pushReply =
          new FakePortal.Reply(
              200, "application/json", "{\"revision\":3,\"document\":{},\"merged\":true}");
      assertThat(run(portal, "config", "push", "--comment", "c")).isZero();

      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains(
              "configuration revision 1 applied",
              "configuration revision 2 applied",
              "configuration up to date (revision 2)",
              "configuration revision 3 (merged)");
      assertThat(portal.lastPush).endsWith(",\"comment\":\"c\"}");
      assertThat(dir.resolve("config.json")).hasContent("{}\n");
    }
  }

  @Test
  void aConflictExitsWith4NamingEachPathAndLeavesTheFile() throws Exception {
    try (FakePortal portal = new FakePortal()) {
      assertThat(run(portal, "enroll", "--code", "X")).isZero();
      Path file = Files.writeString(dir.resolve("elsewhere.json"), "{\"name\": \"mine\"}");
      portal.pushReply =
          new FakePortal.Reply(
              409, "application/problem+json", CollectorClientConfigurationTest.CONFLICT);

      int code = run(portal, "config", "push", "--file", file.toString());

      assertThat(code).isEqualTo(4);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .contains(
              "the portal kept revision 8",
              "/sources/0/interval: portal 60, collector 10",
              "/name: portal \"theirs\", collector \"mine\"");
      assertThat(file).hasContent("{\"name\": \"mine\"}");
      assertThat(portal.lastPush).isEqualTo("{\"document\":{\"name\":\"mine\"}}");
    }
  }

  @Test
  void aRefusedConfigurationExitsWith5WithTheProblemsDetailAndFields() throws Exception {
    try (FakePortal portal = new FakePortal()) {
      assertThat(run(portal, "enroll", "--code", "X")).isZero();
      Files.writeString(dir.resolve("config.json"), "{}");
      portal.pushReply =
          new FakePortal.Reply(
              422, "application/problem+json", CollectorClientConfigurationTest.INVALID);

      assertThat(run(portal, "config", "push")).isEqualTo(5);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .contains(
              "HTTP 422 The configuration does not match its schema",
              "/sources/0/interval: must be at least 5");
    }
  }

  @Test
  void configWithoutPullOrPushPrintsTheUsage() {
    assertThat(run("config", "--portal", "http://x", "--state", dir.toString())).isEqualTo(2);
    assertThat(run("config", "fetch", "--portal", "http://x", "--state", dir.toString()))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("config push");
  }

  @Test
  void telemetrySendPrintsTheCountsAndExitsWith6ListingEachRejection() throws Exception {
    try (FakePortal portal = new FakePortal()) {
      assertThat(run(portal, "enroll", "--code", "X")).isZero();
      Path file =
          Files.writeString(
              dir.resolve("events.json"),
              "[" + TelemetryTest.event("a") + "," + TelemetryTest.event("b") + "]");
      assertThat(run(portal, "telemetry", "send", "--file", file.toString())).isZero();
      Files.writeString(
          file,
          "{\"events\":[%s,%s,%s]}"
              .formatted(
                  TelemetryTest.event("b"),
                  TelemetryTest.event("bad id"),
                  TelemetryTest.event("c")));

      assertThat(run(portal, "telemetry", "send", "--file", file.toString(), "--no-gzip"))
          .isEqualTo(6);
      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains(
              "accepted 2, duplicates 0, rejected 0",
              "accepted 1, duplicates 1, rejected 1",
              "  rejected #1 bad id: id: 1 to 64 of A-Z a-z 0-9 . _ : -");
      assertThat(portal.telemetry.received)
          .extracting(FakeTelemetry.Received::encoding)
          .containsExactly("gzip", null);
    }
  }

  @Test
  void telemetrySendFailsWith1OnABadFileOrARefusedBatchAnd2WithoutAFile() throws Exception {
    try (FakePortal portal = new FakePortal()) {
      assertThat(run(portal, "enroll", "--code", "X")).isZero();
      Path file = Files.writeString(dir.resolve("events.json"), "[1, 2]");
      assertThat(run(portal, "telemetry", "send", "--file", file.toString())).isEqualTo(1);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("event 0 is not a JSON object");

      Files.writeString(file, "[" + TelemetryTest.event("a") + "]");
      portal.telemetry.refuseWith = 415;
      assertThat(run(portal, "telemetry", "send", "--file", file.toString())).isEqualTo(1);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("Telemetry: HTTP 415");

      assertThat(run(portal, "telemetry", "send")).isEqualTo(2);
      assertThat(run(portal, "telemetry", "fetch")).isEqualTo(2);
    }
  }

  @Test
  void telemetryLoadPrintsOneMachineReadableLine() throws Exception {
    try (FakePortal portal = new FakePortal()) {
      assertThat(run(portal, "enroll", "--code", "X")).isZero();
      out.reset();
      portal.telemetry.throttle = 1;

      int code =
          run(
              portal,
              "telemetry",
              "load",
              "--batches",
              "6",
              "--batch-size",
              "20",
              "--concurrency",
              "3",
              "--no-gzip");

      assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8))
          .matches(
              "events/s=[0-9.]+ batches=6 events=120 accepted=120 duplicates=0 rejected=0"
                  + " retries429=1 seconds=[0-9.]+\\R");
      assertThat(portal.telemetry.received).allSatisfy(r -> assertThat(r.encoding()).isNull());
      assertThat(run(portal, "telemetry", "load", "--batch-size", "1001")).isEqualTo(2);
      assertThat(run(portal, "telemetry", "load", "--concurrency", "x")).isEqualTo(2);
    }
  }

  @Test
  void aMissingOptionPrintsTheUsage() {
    assertThat(run("update", "--state", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
  }

  @Test
  void aSignedManifestVerifiesAndTellsWhoSignedIt() throws Exception {
    LocalKeyStoreSigner signer =
        LocalKeyStoreSigner.openOrCreate(dir, "clickonce", "CN=Collector Vendor");
    byte[] signed =
        new ManifestSigner(signer)
            .sign(
                PublishFixture.of("4.2.0.17")
                    .deploymentManifest()
                    .getBytes(StandardCharsets.UTF_8));
    Path manifest = Files.write(dir.resolve("Collector.application"), signed);

    int code = run("verify-clickonce", manifest.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("verified Collector.application 4.2.0.17")
        .contains("publisher CN=Collector Vendor")
        .contains(
            "publicKeyToken "
                + StrongNameKeys.publicKeyToken(
                    (RSAPublicKey) signer.certificate().getPublicKey()));
  }

  @Test
  void aChangedManifestIsRefusedWithTheReason() throws Exception {
    LocalKeyStoreSigner signer = LocalKeyStoreSigner.openOrCreate(dir, "clickonce", "CN=V");
    String signed =
        new String(
            new ManifestSigner(signer)
                .sign(
                    PublishFixture.of("4.2.0.17")
                        .deploymentManifest()
                        .getBytes(StandardCharsets.UTF_8)),
            StandardCharsets.UTF_8);
    Path manifest =
        Files.writeString(
            dir.resolve("Collector.application"), signed.replace("4.2.0.17", "4.2.0.18"));

    int code = run("verify-clickonce", manifest.toString());

    assertThat(code).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("refused: ");
  }

  @Test
  void usageAndUnreadableSources() {
    assertThat(run("verify-clickonce")).isEqualTo(2);
    assertThat(run("verify-clickonce", dir.resolve("absent.application").toString())).isEqualTo(1);
  }
}

package com.collector.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
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
  void aMissingOptionPrintsTheUsage() {
    assertThat(run("update", "--state", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
  }
}

package com.collector.repository.clickonce.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared ClickOnce fixtures, found next to the repository as they are in CI. */
final class Fixtures {

  private Fixtures() {}

  /** The application manifest signed by Microsoft's tooling, byte for byte. */
  static byte[] realSignedManifest() {
    return read("real-signed-app.exe.manifest");
  }

  /** A small deployment manifest written from the documented schema, never signed. */
  static byte[] deploymentManifest() {
    try (var in = Fixtures.class.getResourceAsStream("/clickonce/Collector.application")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] read(String name) {
    try {
      return Files.readAllBytes(
          repositoryRoot().resolve("../shared/fixtures/clickonce").resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("plugin-repository"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "run inside the repository: no plugin-repository directory above");
  }
}

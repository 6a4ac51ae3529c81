package com.collector.repository.storage;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Azurite from npm, installed by the tests themselves into a directory per version, so a clean
 * clone needs nothing installed by hand but Node.js and npm.
 *
 * <p>The directory is {@code ~/.cache/collector-portal/azurite-<version>} (outside {@code target},
 * so {@code mvn clean} and fresh clones on the same machine reuse it and run offline), or the
 * system property {@code azurite.home}. npm installs into a fresh sibling directory that is renamed
 * into place only when complete: a broken install is never taken for a finished one, and two test
 * runs installing at once both end up with one complete copy. {@code --prefer-offline} lets npm
 * reinstall from its own cache without the registry.
 */
final class AzuriteInstallation {

  static final String VERSION = "3.37.0";
  private static final String MAIN = "node_modules/azurite/dist/src/blob/main.js";
  private static final long INSTALL_TIMEOUT_MINUTES = 10;

  private AzuriteInstallation() {}

  /** The blob service's main script, installing Azurite first when it is missing. */
  static Path blobMain() {
    Path home = home();
    if (!Files.isRegularFile(home.resolve(MAIN))) {
      install(home);
    }
    return home.resolve(MAIN);
  }

  static Path home() {
    String configured = System.getProperty("azurite.home");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath();
    }
    return Path.of(
        System.getProperty("user.home"), ".cache", "collector-portal", "azurite-" + VERSION);
  }

  private static void install(Path home) {
    Path npm = executable("npm");
    try {
      Files.createDirectories(home.getParent());
      Path partial = Files.createTempDirectory(home.getParent(), home.getFileName() + ".partial-");
      Path log = partial.resolveSibling(partial.getFileName() + ".log");
      List<String> command =
          List.of(
              npm.toString(),
              "install",
              "--prefix",
              partial.toString(),
              "--prefer-offline",
              "--no-audit",
              "--no-fund",
              "--no-save",
              "--loglevel=error",
              "azurite@" + VERSION);
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "npm install azurite@" + VERSION + " timed out; see " + log);
      }
      if (process.exitValue() != 0 || !Files.isRegularFile(partial.resolve(MAIN))) {
        throw new IllegalStateException(
            "npm install azurite@"
                + VERSION
                + " failed (exit "
                + process.exitValue()
                + "):\n"
                + Files.readString(log));
      }
      publish(partial, home);
      Files.deleteIfExists(log);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot install Azurite into " + home, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while installing Azurite", e);
    }
  }

  static void publish(Path partial, Path home) throws IOException {
    try {
      Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileSystemException e) {
      if (!Files.isDirectory(home)) {
        throw e;
      }
      deleteTree(partial); // another run installed first (Linux: "Directory not empty")
    }
  }

  /**
   * An executable on the {@code PATH}. Missing Node.js fails the tests with this message rather
   * than skipping them: a skipped Azure store test would let a broken store pass CI unnoticed.
   */
  static Path executable(String name) {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    return Stream.of(path.split(File.pathSeparator))
        .filter(directory -> !directory.isBlank())
        .map(directory -> Path.of(directory, name))
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The Azure blob store tests need Node.js 20+ and npm on the PATH to install and"
                        + " run Azurite; '"
                        + name
                        + "' was not found (Debian: apt-get install nodejs npm)"));
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}

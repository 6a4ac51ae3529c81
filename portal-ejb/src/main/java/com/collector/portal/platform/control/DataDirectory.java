package com.collector.portal.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the portal keeps its local state (keys; the embedded database lives beside it). */
@ApplicationScoped
public class DataDirectory {

  @Inject
  @ConfigProperty(name = "portal.data.dir", defaultValue = "data")
  String directory;

  public Path keys() {
    return Path.of(directory).toAbsolutePath().resolve("keys");
  }

  /**
   * The names of the retired local key stores of key {@code name} in {@code keys}, sorted: an
   * operator rotating a local key renames {@code <name>.p12/.password} to {@code
   * <name>-retired-<n>.*}, and the next start generates a new current key. Retired keys still
   * verify or unwrap what they made.
   */
  public static List<String> retiredKeys(Path keys, String name) {
    if (!Files.isDirectory(keys)) {
      return List.of();
    }
    String prefix = name + "-retired-";
    try (Stream<Path> files = Files.list(keys)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(file -> file.startsWith(prefix) && file.endsWith(".p12"))
          .sorted()
          .map(file -> file.substring(0, file.length() - ".p12".length()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the keys in " + keys, e);
    }
  }

  /**
   * The random bytes kept in {@code keys/<name>}, created at first use and readable by the owner
   * only.
   */
  public synchronized byte[] ownerOnlySecret(String name, int length) {
    Path file = keys().resolve(name);
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        byte[] secret = new byte[length];
        new SecureRandom().nextBytes(secret);
        Path temporary = Files.createTempFile(file.getParent(), name, ".tmp");
        restrictToOwner(temporary);
        Files.write(temporary, secret);
        // Appears whole or not at all, even if the process dies mid-way.
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
      }
      byte[] secret = Files.readAllBytes(file);
      if (secret.length != length) {
        throw new IllegalStateException(file + " holds " + secret.length + " bytes, not " + length);
      }
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create " + file, e);
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the data directory's ACL is the operator's responsibility.
    }
  }
}

package com.collector.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Installs verified packages into {@code <plugins>/<id>/<version>/}: extracts into a staging
 * directory beside it (refusing absolute and {@code ..} names), then moves it into place atomically
 * and drops the plugin's other versions.
 */
final class Installer {

  private final Path plugins;

  Installer(Path plugins) {
    this.plugins = plugins;
  }

  Path directory(String id, String version) {
    return plugins.resolve(id).resolve(version);
  }

  void install(String id, String version, Path zip) throws IOException, RefusedPackage {
    requireName(id);
    requireName(version);
    Files.createDirectories(plugins);
    Path staging = Files.createTempDirectory(plugins, ".staging-");
    try {
      extract(zip, staging);
      Path target = directory(id, version);
      Files.createDirectories(target.getParent());
      if (Files.exists(target)) {
        deleteTree(target);
      }
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      try (Stream<Path> versions = Files.list(target.getParent())) {
        for (Path other : versions.filter(v -> !v.equals(target)).toList()) {
          deleteTree(other);
        }
      }
    } finally {
      if (Files.exists(staging)) {
        deleteTree(staging);
      }
    }
  }

  void remove(String id) throws IOException, RefusedPackage {
    requireName(id);
    Path directory = plugins.resolve(id);
    if (Files.exists(directory)) {
      deleteTree(directory);
    }
  }

  private static void extract(Path zip, Path into) throws IOException, RefusedPackage {
    try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry entry;
      while ((entry = entries.getNextEntry()) != null) {
        Path target = safe(into, entry.getName());
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy((InputStream) entries, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** Where {@code name} goes under {@code root}; refuses absolute and escaping names. */
  static Path safe(Path root, String name) throws RefusedPackage {
    String normalized = name.replace('\\', '/');
    boolean escapes =
        normalized.startsWith("/")
            || normalized.matches("^[A-Za-z]:.*")
            || Stream.of(normalized.split("/")).anyMatch(".."::equals);
    Path target = root.resolve(normalized).normalize();
    if (escapes || !target.startsWith(root) || target.equals(root)) {
      throw new RefusedPackage(RefusedPackage.Reason.BAD_CONTENT, "unsafe entry " + name);
    }
    return target;
  }

  /** Refuses ids and versions that are not plain names. */
  static void requireName(String name) throws RefusedPackage {
    if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._+-]*") || name.contains("..")) {
      throw new RefusedPackage(RefusedPackage.Reason.BAD_CONTENT, "bad name " + name);
    }
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}

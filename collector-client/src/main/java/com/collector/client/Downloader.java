package com.collector.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.HexFormat;

/**
 * Downloads a plugin package into {@code <state>/downloads/<id>-<version>.zip.part}, resuming a
 * partial one with {@code Range} (starting over when the portal answers 200), then verifies its
 * size, SHA-256 and signature; a mismatch deletes the part and refuses the package.
 */
final class Downloader {

  private final Portal portal;
  private final Keys keys;
  private final Path directory;

  Downloader(Portal portal, Keys keys, Path directory) {
    this.portal = portal;
    this.keys = keys;
    this.directory = directory;
  }

  /** The verified package of {@code step}. */
  Path download(Decision.Step step, String token) throws IOException, RefusedPackage {
    Installer.requireName(step.id());
    Installer.requireName(step.version());
    Files.createDirectories(directory);
    Path part = directory.resolve(step.id() + "-" + step.version() + ".zip.part");
    long have = Files.exists(part) ? Files.size(part) : 0;
    if (have > step.size()) {
      Files.delete(part);
      have = 0;
    }
    if (have < step.size() || step.size() == 0) {
      fetch(step, token, part, have);
    }
    verify(step, part);
    return part;
  }

  private void fetch(Decision.Step step, String token, Path part, long have) throws IOException {
    HttpResponse<InputStream> reply = portal.download(step.url(), token, have);
    try (InputStream body = reply.body()) {
      StandardOpenOption mode;
      if (reply.statusCode() == 206 && have > 0) {
        mode = StandardOpenOption.APPEND;
      } else if (reply.statusCode() == 200) {
        mode = StandardOpenOption.TRUNCATE_EXISTING;
      } else {
        Files.deleteIfExists(part);
        throw new PortalException("GET " + step.url(), reply.statusCode(), null);
      }
      try (OutputStream out =
          Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
        copy(body, out, step.size() + 1 - (mode == StandardOpenOption.APPEND ? have : 0));
      }
    }
  }

  /** Copies at most {@code limit} bytes: a longer body is cut and then refused by its size. */
  private static void copy(InputStream in, OutputStream out, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long left = limit;
    int read;
    while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
      out.write(buffer, 0, read);
      left -= read;
    }
  }

  private void verify(Decision.Step step, Path part) throws IOException, RefusedPackage {
    long size = Files.size(part);
    if (size < step.size()) {
      throw new IOException(
          step.id() + ": download interrupted at " + size + " bytes, resumes next time");
    }
    if (size != step.size()) {
      Files.delete(part);
      throw new RefusedPackage(
          RefusedPackage.Reason.BAD_SIZE, step.id() + ": " + size + " bytes, not " + step.size());
    }
    byte[] digest = sha256(part);
    if (!HexFormat.of().formatHex(digest).equalsIgnoreCase(String.valueOf(step.sha256()))) {
      Files.delete(part);
      throw new RefusedPackage(RefusedPackage.Reason.BAD_HASH, step.id() + ": SHA-256 differs");
    }
    PublicKey key = keys.key(step.keyId());
    if (key == null || !Keys.verifies(key, digest, String.valueOf(step.signature()))) {
      Files.delete(part);
      throw new RefusedPackage(
          RefusedPackage.Reason.BAD_SIGNATURE,
          step.id() + ": signature does not verify with key " + step.keyId());
    }
  }

  static byte[] sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      int read;
      while ((read = in.read(buffer)) >= 0) {
        digest.update(buffer, 0, read);
      }
    }
    return digest.digest();
  }
}

package com.collector.repository.clickonce;

import com.collector.repository.packages.CheckedZip;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes the entries of a zip under a staging directory while hashing them, so that each file is
 * read once: its SHA-256 and SHA-1 (the two algorithms manifests may declare) are known when the
 * manifests are checked afterwards.
 */
final class StagedFiles implements CheckedZip.EntrySink {

  /** One written file: its size and digests. */
  record Staged(long size, byte[] sha256, byte[] sha1) {}

  private final Path root;
  private final Map<String, Staged> files = new LinkedHashMap<>();

  StagedFiles(Path root) {
    this.root = root;
  }

  @Override
  public OutputStream open(String name) throws IOException {
    Path file = root.resolve(name).normalize();
    if (!file.startsWith(root)) {
      // CheckedZip refuses such names before any sink is called; this guards against its change.
      throw new IllegalStateException("Entry escapes the staging directory: " + name);
    }
    Files.createDirectories(file.getParent());
    return new Hashing(name, new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024));
  }

  /** The file named {@code name} in the zip, or {@code null}. Names compare exactly. */
  Staged get(String name) {
    return files.get(name);
  }

  /** All file names in zip order. */
  Set<String> names() {
    return files.keySet();
  }

  /** The bytes of a file known to exist, which must not be larger than {@code maxBytes}. */
  byte[] read(String name, long maxBytes, String field, String what) {
    if (files.get(name).size() > maxBytes) {
      throw new PublishRefusedException(field, what + " is larger than " + maxBytes + " bytes");
    }
    try {
      return Files.readAllBytes(root.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final class Hashing extends FilterOutputStream {
    private final String name;
    private final MessageDigest sha256 = digest("SHA-256");
    private final MessageDigest sha1 = digest("SHA-1");
    private long size;

    Hashing(String name, OutputStream out) {
      super(out);
      this.name = name;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
      sha256.update(bytes, offset, length);
      sha1.update(bytes, offset, length);
      size += length;
    }

    @Override
    public void close() throws IOException {
      super.close();
      files.put(name, new Staged(size, sha256.digest(), sha1.digest()));
    }
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }
}

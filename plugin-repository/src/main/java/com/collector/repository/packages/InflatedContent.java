package com.collector.repository.packages;

import com.collector.repository.storage.Sha256;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The second pass over a package: streams it front to back once, hashing every byte, inflating
 * every entry while counting the bytes that actually come out, and checking that the local entries
 * are exactly those of the central directory (same names, order, sizes and CRCs). The count stops a
 * zip bomb as soon as a limit is passed, whatever the headers claim; the match makes sure a tool
 * that reads the local headers (streaming) sees the same package as one that reads the directory.
 */
final class InflatedContent {

  /** What the pass found: the files, their total size and the package's hash. */
  record Outcome(List<PackageEntry> files, long uncompressedBytes, String sha256) {}

  private final PackageLimits limits;
  private final long packageSize;
  private final byte[] buffer = new byte[64 * 1024];
  private long total;

  private InflatedContent(PackageLimits limits, long packageSize) {
    this.limits = limits;
    this.packageSize = packageSize;
  }

  static Outcome read(
      Path file,
      long packageSize,
      List<CentralEntry> directory,
      PackageLimits limits,
      CheckedZip.EntrySink sink)
      throws IOException {
    return new InflatedContent(limits, packageSize).read(file, directory, sink);
  }

  private Outcome read(Path file, List<CentralEntry> directory, CheckedZip.EntrySink sink)
      throws IOException {
    MessageDigest digest = Sha256.newDigest();
    List<PackageEntry> files = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
        DigestInputStream hashed = new DigestInputStream(new BufferedInputStream(raw), digest);
        ZipInputStream zip = new ZipInputStream(hashed, StandardCharsets.UTF_8)) {
      for (CentralEntry expected : directory) {
        ZipEntry local = zip.getNextEntry();
        if (local == null || !local.getName().equals(expected.name())) {
          throw mismatch();
        }
        long inflated;
        try (OutputStream copy = expected.isDirectory() ? null : sink.open(expected.name())) {
          inflated = inflate(zip, expected, copy);
        }
        if (local.getCrc() != expected.crc()
            || local.getCompressedSize() != expected.compressedSize()) {
          throw mismatch();
        }
        if (!expected.isDirectory()) {
          files.add(new PackageEntry(expected.name(), inflated));
        }
      }
      if (zip.getNextEntry() != null) {
        throw mismatch();
      }
      // The rest (the central directory itself) goes through the digest too.
      hashed.transferTo(OutputStream.nullOutputStream());
    }
    return new Outcome(files, total, HexFormat.of().formatHex(digest.digest()));
  }

  private long inflate(ZipInputStream zip, CentralEntry expected, OutputStream copy)
      throws IOException {
    long inflated = 0;
    for (int n = zip.read(buffer); n != -1; n = zip.read(buffer)) {
      inflated += n;
      total += n;
      checkLimits(expected, inflated);
      if (copy != null) {
        copy.write(buffer, 0, n);
      }
    }
    if (inflated != expected.uncompressedSize()) {
      throw mismatch();
    }
    if (expected.isDirectory() && inflated > 0) {
      throw PackageRefusedException.zip("directory entry '" + expected.name() + "' has content");
    }
    return inflated;
  }

  private void checkLimits(CentralEntry entry, long inflated) {
    if (inflated > entry.uncompressedSize()) {
      throw PackageRefusedException.zip(
          "entry '"
              + entry.name()
              + "' inflates to more than the "
              + entry.uncompressedSize()
              + " bytes it declares");
    }
    if (total > limits.maxUncompressedBytes()) {
      throw PackageRefusedException.zip(
          "inflates to more than " + limits.maxUncompressedBytes() + " bytes");
    }
    long ratio = limits.maxCompressionRatio();
    if (inflated > PackageLimits.RATIO_FREE_BYTES
        && inflated > Math.max(1, entry.compressedSize()) * ratio) {
      throw PackageRefusedException.zip(
          "entry '" + entry.name() + "' is compressed more than " + ratio + ":1 (zip bomb?)");
    }
    if (total > PackageLimits.RATIO_FREE_BYTES && total > packageSize * ratio) {
      throw PackageRefusedException.zip("is compressed more than " + ratio + ":1 (zip bomb?)");
    }
  }

  private static PackageRefusedException mismatch() {
    return PackageRefusedException.zip(
        "the local entries do not match the central directory (names, order, sizes or CRCs)");
  }
}

package com.collector.repository.packages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes highly compressed packages streaming, so a test never holds the inflated bytes. */
final class ZipBombs {

  private ZipBombs() {}

  /** A package with {@code manifest} and one entry of {@code zeros} zero bytes. */
  static void writeZeros(Path file, long zeros, String manifest) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(new ZipEntry(PluginManifest.FILE_NAME));
      zip.write(manifest.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("lib/zeros.bin"));
      byte[] chunk = new byte[1 << 20];
      for (long written = 0; written < zeros; written += chunk.length) {
        zip.write(chunk, 0, (int) Math.min(chunk.length, zeros - written));
      }
      zip.closeEntry();
    }
  }
}

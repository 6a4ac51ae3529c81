package com.collector.repository.packages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds real zips in memory, and patches their bytes where the JDK cannot write what we need. */
final class TestZips {

  static final String ID = "ocr-extractor";
  static final String VERSION = "2.1.0";

  private final Map<String, byte[]> entries = new LinkedHashMap<>();
  private final Set<String> stored = new HashSet<>();

  /** A package with a valid manifest for {@link #ID} {@link #VERSION}. */
  static TestZips plugin() {
    return new TestZips().with(PluginManifest.FILE_NAME, manifest(ID, VERSION));
  }

  static TestZips empty() {
    return new TestZips();
  }

  static String manifest(String id, String version) {
    return "{\"id\": \"" + id + "\", \"version\": \"" + version + "\", \"name\": \"OCR\"}";
  }

  TestZips with(String name, String content) {
    return with(name, content.getBytes(StandardCharsets.UTF_8));
  }

  TestZips with(String name, byte[] content) {
    entries.put(name, content);
    return this;
  }

  /** Adds an entry without compression (method STORED), as some zip tools write them. */
  TestZips stored(String name, byte[] content) {
    stored.add(name);
    return with(name, content);
  }

  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(entry(entry.getKey(), entry.getValue()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private ZipEntry entry(String name, byte[] content) {
    ZipEntry entry = new ZipEntry(name);
    if (stored.contains(name)) {
      CRC32 crc = new CRC32();
      crc.update(content);
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(content.length);
      entry.setCrc(crc.getValue());
    }
    return entry;
  }

  /**
   * Changes the central directory header of entry {@code name} through {@code patch}, which gets
   * the header as a little-endian buffer positioned at its signature (offsets as in APPNOTE 4.3.12:
   * 4 version made by, 24 uncompressed size, 38 external attributes, 42 local header offset, 46 the
   * name).
   */
  static byte[] patchCentral(byte[] zip, String name, Consumer<ByteBuffer> patch) {
    byte[] copy = zip.clone();
    ByteBuffer all = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
    int eocd = copy.length - 22;
    while (all.getInt(eocd) != 0x06054b50) {
      eocd--;
    }
    int at = all.getInt(eocd + 16);
    while (all.getInt(at) == 0x02014b50) {
      int nameLength = Short.toUnsignedInt(all.getShort(at + 28));
      String entryName = new String(copy, at + 46, nameLength, StandardCharsets.UTF_8);
      if (entryName.equals(name)) {
        patch.accept(
            ByteBuffer.wrap(copy, at, copy.length - at).slice().order(ByteOrder.LITTLE_ENDIAN));
        return copy;
      }
      at += 46 + nameLength + all.getShort(at + 30) + all.getShort(at + 32);
    }
    throw new IllegalArgumentException("no central entry " + name);
  }

  /** Marks entry {@code name} as made on Unix with the given file mode (e.g. 0120777 a symlink). */
  static byte[] withUnixMode(byte[] zip, String name, int mode) {
    return patchCentral(
        zip,
        name,
        header -> {
          header.putShort(4, (short) 0x031e);
          header.putInt(38, mode << 16);
        });
  }

  /** Replaces every occurrence of {@code from} by {@code to} (same length) in the zip's bytes. */
  static byte[] replaceEverywhere(byte[] zip, String from, String to) {
    byte[] a = from.getBytes(StandardCharsets.UTF_8);
    byte[] b = to.getBytes(StandardCharsets.UTF_8);
    byte[] copy = zip.clone();
    for (int i = 0; i + a.length <= copy.length; i++) {
      if (Arrays.equals(copy, i, i + a.length, a, 0, a.length)) {
        System.arraycopy(b, 0, copy, i, b.length);
      }
    }
    return copy;
  }
}

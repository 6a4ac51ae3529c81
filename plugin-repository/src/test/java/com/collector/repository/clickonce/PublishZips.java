package com.collector.repository.clickonce;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zip bytes for the publish tests: writing entries as given, and patching what the JDK cannot. */
public final class PublishZips {

  private PublishZips() {}

  /** A zip of exactly these entries, in this order. */
  public static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static Path write(Path directory, byte[] zip) {
    try {
      return Files.write(Files.createTempFile(directory, "publish-", ".zip"), zip);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Marks entry {@code name} of {@code zip} as made on Unix with {@code mode} (0120777: link). */
  public static byte[] withUnixMode(byte[] zip, String name, int mode) {
    byte[] copy = zip.clone();
    ByteBuffer all = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
    int eocd = copy.length - 22;
    int at = all.getInt(eocd + 16);
    while (all.getInt(at) == 0x02014b50) {
      int nameLength = Short.toUnsignedInt(all.getShort(at + 28));
      if (new String(copy, at + 46, nameLength, StandardCharsets.UTF_8).equals(name)) {
        all.putShort(at + 4, (short) 0x031e);
        all.putInt(at + 38, mode << 16);
        return copy;
      }
      at += 46 + nameLength + all.getShort(at + 30) + all.getShort(at + 32);
    }
    throw new IllegalArgumentException("no central entry " + name);
  }
}

package com.collector.repository.packages;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a zip's central directory by hand, because {@link java.util.zip.ZipFile} does not expose
 * the "version made by" and external attributes that mark symbolic links. Only what plugin packages
 * need is accepted: one disk, no ZIP64, no encryption, stored or deflated entries, names in UTF-8
 * (flagged) or plain ASCII.
 */
final class CentralDirectory {

  private static final int EOCD_SIGNATURE = 0x06054b50;
  private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
  private static final int HEADER_SIGNATURE = 0x02014b50;
  private static final int LOCAL_SIGNATURE = 0x04034b50;
  private static final int LOCAL_HEADER_SIZE = 30;
  private static final int EOCD_SIZE = 22;
  private static final int HEADER_SIZE = 46;
  private static final int MAX_COMMENT = 0xffff;
  private static final int FLAG_ENCRYPTED = 1;
  private static final int FLAG_UTF8 = 1 << 11;
  private static final int FLAG_DATA_DESCRIPTOR = 1 << 3;

  /** Signature, CRC and two 32-bit sizes. */
  private static final int MAX_DATA_DESCRIPTOR = 16;

  private static final long ZIP64_MARKER = 0xffffffffL;

  private CentralDirectory() {}

  /** The entries in directory order, refusing more than {@code maxEntries} before reading them. */
  static List<CentralEntry> read(Path file, int maxEntries) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      ByteBuffer eocd = findEndRecord(channel, size);
      long eocdPosition = size - eocd.remaining();
      if (eocd.getShort(4) != 0 || eocd.getShort(6) != 0) {
        throw PackageRefusedException.zip("multi-disk zips are not supported");
      }
      int count = Short.toUnsignedInt(eocd.getShort(10));
      long directorySize = Integer.toUnsignedLong(eocd.getInt(12));
      long directoryOffset = Integer.toUnsignedLong(eocd.getInt(16));
      if (count == 0xffff
          || directoryOffset == ZIP64_MARKER
          || hasZip64Locator(channel, eocdPosition)) {
        throw PackageRefusedException.zip("ZIP64 archives are not supported");
      }
      if (count != Short.toUnsignedInt(eocd.getShort(8))) {
        throw PackageRefusedException.zip("the entry counts of the end record disagree");
      }
      if (count > maxEntries) {
        throw PackageRefusedException.zip("has " + count + " entries, more than " + maxEntries);
      }
      if (directoryOffset + directorySize != eocdPosition) {
        throw PackageRefusedException.zip("the central directory is not where the end record says");
      }
      channel.position(directoryOffset);
      Cursor in = new Cursor(new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024));
      List<CentralEntry> entries = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        entries.add(readEntry(in));
      }
      if (in.consumed != directorySize) {
        // Bytes after the last header would be more entries to a tool that scans instead of counts.
        throw PackageRefusedException.zip("the central directory has bytes beyond its entries");
      }
      checkLayout(channel, entries, directoryOffset);
      return entries;
    } catch (EOFException truncated) {
      throw new PackageRefusedException("package", "the central directory is truncated", truncated);
    }
  }

  private static ByteBuffer findEndRecord(FileChannel channel, long size) throws IOException {
    int tailLength = (int) Math.min(size, EOCD_SIZE + MAX_COMMENT);
    ByteBuffer tail = ByteBuffer.allocate(tailLength).order(ByteOrder.LITTLE_ENDIAN);
    while (tail.hasRemaining() && channel.read(tail, size - tailLength + tail.position()) > 0) {
      // FileChannel may read less than asked.
    }
    tail.flip();
    for (int at = tailLength - EOCD_SIZE; at >= 0; at--) {
      int commentLength = Short.toUnsignedInt(tail.getShort(at + 20));
      if (tail.getInt(at) == EOCD_SIGNATURE && at + EOCD_SIZE + commentLength == tailLength) {
        return tail.position(at).slice().order(ByteOrder.LITTLE_ENDIAN);
      }
    }
    throw PackageRefusedException.zip("is not a zip file (no end of central directory record)");
  }

  private static boolean hasZip64Locator(FileChannel channel, long eocdPosition)
      throws IOException {
    if (eocdPosition < 20) {
      return false;
    }
    ByteBuffer locator = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
    channel.read(locator, eocdPosition - 20);
    return locator.getInt(0) == ZIP64_LOCATOR_SIGNATURE;
  }

  private static CentralEntry readEntry(Cursor in) throws IOException {
    ByteBuffer header = ByteBuffer.wrap(in.read(HEADER_SIZE)).order(ByteOrder.LITTLE_ENDIAN);
    if (header.getInt(0) != HEADER_SIGNATURE) {
      throw PackageRefusedException.zip("the central directory is corrupt");
    }
    int flags = Short.toUnsignedInt(header.getShort(8));
    byte[] rawName = in.read(Short.toUnsignedInt(header.getShort(28)));
    in.read(Short.toUnsignedInt(header.getShort(30)) + Short.toUnsignedInt(header.getShort(32)));
    String name = decodeName(rawName, (flags & FLAG_UTF8) != 0);
    long compressed = Integer.toUnsignedLong(header.getInt(20));
    long uncompressed = Integer.toUnsignedLong(header.getInt(24));
    long localHeaderOffset = Integer.toUnsignedLong(header.getInt(42));
    if (compressed == ZIP64_MARKER
        || uncompressed == ZIP64_MARKER
        || localHeaderOffset == ZIP64_MARKER) {
      throw PackageRefusedException.zip("ZIP64 entries are not supported");
    }
    if ((flags & FLAG_ENCRYPTED) != 0) {
      throw PackageRefusedException.zip("entry '" + name + "' is encrypted");
    }
    int method = Short.toUnsignedInt(header.getShort(10));
    if (method != 0 && method != 8) {
      throw PackageRefusedException.zip("entry '" + name + "' uses compression method " + method);
    }
    return new CentralEntry(
        name,
        Short.toUnsignedInt(header.getShort(4)),
        flags,
        method,
        Integer.toUnsignedLong(header.getInt(16)),
        compressed,
        uncompressed,
        Integer.toUnsignedLong(header.getInt(38)),
        localHeaderOffset);
  }

  /**
   * Requires the entries to follow one another from the start of the file up to the directory,
   * without overlap and without gaps (but for a data descriptor). Overlapping entries are how the
   * worst zip bombs multiply one compressed stream, and bytes between entries are what only one
   * kind of reader would see.
   */
  private static void checkLayout(FileChannel channel, List<CentralEntry> entries, long end)
      throws IOException {
    long next = 0;
    int slack = 0;
    for (CentralEntry entry : entries) {
      long offset = entry.localHeaderOffset();
      if (offset < next || offset > next + slack) {
        throw PackageRefusedException.zip(
            "entry '" + entry.name() + "' overlaps another one or leaves a gap before it");
      }
      ByteBuffer local = ByteBuffer.allocate(LOCAL_HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
      channel.read(local, offset);
      if (local.position() < LOCAL_HEADER_SIZE || local.getInt(0) != LOCAL_SIGNATURE) {
        throw PackageRefusedException.zip("entry '" + entry.name() + "' has no local header");
      }
      next =
          offset
              + LOCAL_HEADER_SIZE
              + Short.toUnsignedInt(local.getShort(26))
              + Short.toUnsignedInt(local.getShort(28))
              + entry.compressedSize();
      slack = (entry.flags() & FLAG_DATA_DESCRIPTOR) != 0 ? MAX_DATA_DESCRIPTOR : 0;
    }
    if (end < next || end > next + slack) {
      throw PackageRefusedException.zip(
          "the entries do not end where the central directory starts");
    }
  }

  /** Reads the directory sequentially, counting what it consumed. */
  private static final class Cursor {
    private final InputStream in;
    private long consumed;

    Cursor(InputStream in) {
      this.in = in;
    }

    byte[] read(int length) throws IOException {
      byte[] bytes = in.readNBytes(length);
      if (bytes.length != length) {
        throw new EOFException();
      }
      consumed += length;
      return bytes;
    }
  }

  private static String decodeName(byte[] raw, boolean utf8) {
    if (!utf8) {
      for (byte b : raw) {
        if (b < 0) {
          // Without the UTF-8 flag tools disagree on the charset (CP437, system code page, UTF-8).
          throw PackageRefusedException.zip("an entry name is neither ASCII nor flagged as UTF-8");
        }
      }
    }
    try {
      return StrictUtf8.decode(raw);
    } catch (CharacterCodingException e) {
      throw PackageRefusedException.zip("an entry name is not valid UTF-8");
    }
  }
}

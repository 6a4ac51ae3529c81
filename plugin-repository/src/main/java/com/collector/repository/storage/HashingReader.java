package com.collector.repository.storage;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Reads an upload in chunks while hashing and counting it, and stops at the size limit: the store
 * never reads more than {@code maxBytes + 1} bytes of an endless or oversized upload.
 */
final class HashingReader {

  private final InputStream content;
  private final long maxBytes;
  private final MessageDigest digest = Sha256.newDigest();
  private long size;

  HashingReader(InputStream content, long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must not be negative");
    }
    this.content = content;
    this.maxBytes = maxBytes;
  }

  /**
   * Fills {@code buffer} as far as the upload goes.
   *
   * @return how many bytes were read; less than the buffer's length only at the end, 0 after it
   * @throws BlobTooLargeException as soon as the upload passes the limit
   */
  int fill(byte[] buffer) throws IOException {
    int filled = 0;
    while (filled < buffer.length) {
      int n = content.read(buffer, filled, buffer.length - filled);
      if (n == -1) {
        break;
      }
      size += n;
      if (size > maxBytes) {
        throw new BlobTooLargeException(maxBytes);
      }
      digest.update(buffer, filled, n);
      filled += n;
    }
    return filled;
  }

  /** Reads the rest of the upload without keeping it, to learn its name and size. */
  StoredBlob drain() throws IOException {
    byte[] buffer = new byte[64 * 1024];
    while (fill(buffer) > 0) {
      // only hashed and counted
    }
    return result();
  }

  /** The name and size of what was read; call once, after the end. */
  StoredBlob result() {
    return new StoredBlob(HexFormat.of().formatHex(digest.digest()), size);
  }
}

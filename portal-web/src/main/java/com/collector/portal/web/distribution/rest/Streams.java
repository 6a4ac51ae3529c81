package com.collector.portal.web.distribution.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Copies package bytes to the wire. */
final class Streams {

  /**
   * Large enough that a 50 MB package is a few hundred writes: {@code transferTo}'s 8 KiB makes the
   * container flush thousands of small chunks.
   */
  private static final int CHUNK = 256 * 1024;

  private Streams() {}

  static void copy(InputStream in, OutputStream out) throws IOException {
    byte[] chunk = new byte[CHUNK];
    for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
      out.write(chunk, 0, read);
    }
  }
}

package com.collector.portal.web.rest;

import java.io.IOException;
import java.io.InputStream;

/**
 * What to do with the rest of a refused upload: read (and drop) a bounded amount, so the client,
 * which is still sending, gets to read the problem answer instead of a reset connection or a
 * stalled one. Tomcat calls this its swallow size.
 */
public final class RefusedUploads {

  public static final long SWALLOW_BYTES = 16L << 20;

  private RefusedUploads() {}

  public static void swallow(InputStream body) {
    byte[] buffer = new byte[64 * 1024];
    long left = SWALLOW_BYTES;
    try {
      for (int n = body.read(buffer); n > 0 && left > 0; n = body.read(buffer)) {
        left -= n;
      }
    } catch (IOException | RuntimeException gone) {
      // The client went away or the body was already closed: nothing left to be polite to.
    }
  }
}

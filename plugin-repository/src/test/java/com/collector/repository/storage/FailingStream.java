package com.collector.repository.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Yields the first {@code failAt} bytes, runs {@code midway}, then fails like a dropped link. */
final class FailingStream extends InputStream {

  interface Midway {
    void run() throws Exception;
  }

  private final InputStream content;
  private final int failAt;
  private final Midway midway;
  private int delivered;

  FailingStream(byte[] bytes, int failAt, Midway midway) {
    this.content = new ByteArrayInputStream(bytes);
    this.failAt = failAt;
    this.midway = midway;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (delivered >= failAt) {
      try {
        midway.run();
      } catch (Exception | AssertionError e) {
        throw new IllegalStateException("midway check failed", e);
      }
      throw new IOException("connection reset");
    }
    int n = content.read(buffer, offset, Math.min(length, failAt - delivered));
    delivered += n;
    return n;
  }
}

package com.collector.portal.distribution.control;

import com.collector.portal.platform.boundary.PayloadTooLargeException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with a 413 naming {@code field} as soon as more than {@code maxBytes} are read. */
final class LimitedInputStream extends FilterInputStream {

  private final long maxBytes;
  private final String field;
  private long count;

  LimitedInputStream(InputStream in, long maxBytes, String field) {
    super(in);
    this.maxBytes = maxBytes;
    this.field = field;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b != -1) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counted(skipped);
    return skipped;
  }

  private void counted(long n) {
    count += n;
    if (count > maxBytes) {
      throw new PayloadTooLargeException(field, maxBytes);
    }
  }
}

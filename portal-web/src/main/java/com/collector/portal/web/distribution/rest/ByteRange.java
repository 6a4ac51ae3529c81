package com.collector.portal.web.distribution.rest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a {@code Range} header, resolved against the size of the content.
 *
 * @param first first byte, inclusive
 * @param last last byte, inclusive
 */
record ByteRange(long first, long last) {

  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  /** Thrown for a syntactically valid range that lies outside the content: 416. */
  static final class Unsatisfiable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsatisfiable() {
      super(null, null, false, false);
    }
  }

  long length() {
    return last - first + 1;
  }

  /**
   * The range {@code header} asks for in content of {@code size} bytes; empty when there is no
   * header or one this server ignores (several ranges, another unit): the whole content is sent.
   *
   * @throws Unsatisfiable when the range starts at or beyond the end; an end beyond it is the last
   *     byte (RFC 9110 §14.1.2)
   */
  static Optional<ByteRange> parse(String header, long size) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher m = SINGLE.matcher(header.strip());
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      return Optional.empty();
    }
    if (m.group(1).isEmpty()) {
      long suffix = value(m.group(2));
      if (suffix == 0 || size == 0) {
        throw new Unsatisfiable();
      }
      return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
    }
    long first = value(m.group(1));
    long last = m.group(2).isEmpty() ? size - 1 : value(m.group(2));
    if (first >= size) {
      throw new Unsatisfiable();
    }
    if (last < first) {
      return Optional.empty();
    }
    return Optional.of(new ByteRange(first, Math.min(last, size - 1)));
  }

  /** Digits too many for a long lie beyond any size, which is all a range needs to know. */
  private static long value(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException tooLong) {
      return Long.MAX_VALUE;
    }
  }
}

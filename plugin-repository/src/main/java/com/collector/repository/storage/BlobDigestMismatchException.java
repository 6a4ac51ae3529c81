package com.collector.repository.storage;

/**
 * An upload's content does not hash to the SHA-256 the caller announced; nothing was stored
 * (typically mapped to 400 or 422: the bytes were changed or truncated on the way).
 */
public class BlobDigestMismatchException extends BlobStoreException {

  private final String expected;
  private final String actual;

  public BlobDigestMismatchException(String expected, String actual) {
    super("The upload hashes to " + actual + ", not to the announced " + expected);
    this.expected = expected;
    this.actual = actual;
  }

  public String expected() {
    return expected;
  }

  public String actual() {
    return actual;
  }
}

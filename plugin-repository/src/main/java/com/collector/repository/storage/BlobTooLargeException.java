package com.collector.repository.storage;

/** An upload went past its size limit; nothing was stored (typically mapped to 413). */
public class BlobTooLargeException extends BlobStoreException {

  private final long maxBytes;

  public BlobTooLargeException(long maxBytes) {
    super("The upload is larger than " + maxBytes + " bytes");
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }
}

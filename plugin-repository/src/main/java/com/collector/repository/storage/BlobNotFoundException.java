package com.collector.repository.storage;

/** No blob has this SHA-256 (typically mapped to 404). */
public class BlobNotFoundException extends BlobStoreException {

  public BlobNotFoundException(String sha256) {
    super("No blob " + sha256);
  }
}

package com.collector.repository.storage;

/**
 * A blob as stored: its SHA-256 (64 lowercase hex digits), which is also its name, and its size.
 */
public record StoredBlob(String sha256, long size) {

  public StoredBlob {
    Sha256.requireValid(sha256);
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative");
    }
  }
}

package com.collector.repository.storage;

/**
 * A store operation failed. The base class stands for faults of the store or of reading the upload
 * (I/O errors); the subclasses for conditions a caller maps to a client answer.
 */
public class BlobStoreException extends RuntimeException {

  public BlobStoreException(String message) {
    super(message);
  }

  public BlobStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}

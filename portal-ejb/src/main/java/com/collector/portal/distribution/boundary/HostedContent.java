package com.collector.portal.distribution.boundary;

import com.collector.portal.platform.boundary.UnavailableException;
import com.collector.repository.storage.BlobStore;
import com.collector.repository.storage.BlobStoreException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A ClickOnce file to serve, opened lazily so nothing is read before the response is written.
 *
 * @param name the last segment of its path, for the content type
 * @param sha256 hex SHA-256 of the bytes served (the entity tag)
 * @param size bytes
 * @param deploymentManifest whether it is the channel's signed deployment manifest, which changes
 *     with every publication (clients must revalidate it)
 * @param bytes the content when it is made here (the signed manifest), else null
 * @param blobs the store holding it otherwise
 */
public record HostedContent(
    String name,
    String sha256,
    long size,
    boolean deploymentManifest,
    byte[] bytes,
    BlobStore blobs) {

  /**
   * The bytes {@code offset} to {@code offset + length - 1}.
   *
   * @throws UnavailableException when the blob store fails (or lost the blob)
   */
  public InputStream open(long offset, long length) {
    if (bytes != null) {
      return new ByteArrayInputStream(bytes, (int) offset, (int) length);
    }
    try {
      return blobs.open(sha256, offset, length);
    } catch (BlobStoreException failed) {
      throw ClickOnce.unavailable(failed);
    }
  }

  /** The local file holding the content when the store keeps one, for a zero-copy send. */
  public Optional<Path> localFile() {
    return bytes == null ? blobs.localFile(sha256) : Optional.empty();
  }
}

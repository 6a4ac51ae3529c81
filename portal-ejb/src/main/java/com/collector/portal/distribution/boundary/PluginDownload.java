package com.collector.portal.distribution.boundary;

import com.collector.repository.storage.BlobStore;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A plugin package an installation may download, opened lazily so nothing is read before the
 * response is written.
 *
 * @param sha256 hex SHA-256 of the package (its entity tag)
 * @param size bytes
 * @param blobs the store that holds it
 */
public record PluginDownload(String sha256, long size, BlobStore blobs) {

  /** The bytes {@code offset} to {@code offset + length - 1}. */
  public InputStream open(long offset, long length) {
    return blobs.open(sha256, offset, length);
  }

  /** The package's local file when the store keeps one, for a zero-copy send. */
  public Optional<Path> localFile() {
    return blobs.localFile(sha256);
  }
}

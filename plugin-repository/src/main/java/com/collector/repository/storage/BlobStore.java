package com.collector.repository.storage;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Immutable blobs named by the SHA-256 of their content. Implementations (file system now, Azure
 * Blob Storage later) guarantee:
 *
 * <ul>
 *   <li>a blob becomes visible under its name only whole and verified; an upload that fails, is too
 *       large or does not match its announced hash leaves nothing behind;
 *   <li>uploads are streamed, never held in memory whole;
 *   <li>storing the same content twice, also concurrently, is harmless and yields the same name;
 *   <li>names are checked to be canonical SHA-256 hex before use ({@link Sha256#requireValid}).
 * </ul>
 *
 * <p>Errors are unchecked: {@link BlobTooLargeException}, {@link BlobDigestMismatchException},
 * {@link BlobNotFoundException}, otherwise {@link BlobStoreException}; an invalid name throws
 * {@link IllegalArgumentException}. The caller closes the streams it passes in and gets back.
 */
public interface BlobStore {

  /**
   * Stores everything {@code content} yields, at most {@code maxBytes} bytes.
   *
   * @return the name (SHA-256) and size of what was stored
   * @throws BlobTooLargeException when {@code content} yields more than {@code maxBytes}
   */
  StoredBlob put(InputStream content, long maxBytes);

  /**
   * Like {@link #put(InputStream, long)}, but refuses unless the content hashes to {@code
   * expectedSha256}, for uploads whose hash was announced (or computed while validating) first.
   *
   * @throws BlobDigestMismatchException when the content hashes differently
   */
  StoredBlob put(InputStream content, long maxBytes, String expectedSha256);

  /**
   * Reads a whole blob.
   *
   * @throws BlobNotFoundException when there is no such blob
   */
  InputStream open(String sha256);

  /**
   * Reads {@code length} bytes from {@code offset}, for HTTP {@code Range} requests and resumed
   * downloads. Check {@link #size(String)} first: a range outside the blob is refused.
   *
   * @throws IllegalArgumentException when {@code offset} or {@code length} is negative or {@code
   *     offset + length} exceeds the size
   * @throws BlobNotFoundException when there is no such blob
   */
  InputStream open(String sha256, long offset, long length);

  /**
   * The blob's size in bytes.
   *
   * @throws BlobNotFoundException when there is no such blob
   */
  long size(String sha256);

  /** Whether a blob with this name is stored. */
  boolean exists(String sha256);

  /**
   * Removes a blob. Readers that opened it before may still finish on stores that allow it.
   *
   * @return whether a blob was removed
   */
  boolean delete(String sha256);

  /**
   * The local file holding the blob, when this store keeps blobs as files on this machine, so a
   * server can hand the file to the kernel ({@code sendfile}) instead of copying it through the
   * heap. Empty for remote stores and for a blob that is not there. The file must only be read.
   */
  default Optional<Path> localFile(String sha256) {
    return Optional.empty();
  }
}

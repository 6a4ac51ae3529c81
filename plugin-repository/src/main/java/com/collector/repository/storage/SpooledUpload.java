package com.collector.repository.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload whose hash was not announced, copied to a local temporary file while hashed, so that
 * {@link AzureBlobStore} knows the blob's name before it stages the first block. Closing deletes
 * the file.
 */
final class SpooledUpload implements AutoCloseable {

  private static final int BUFFER_SIZE = 64 * 1024;

  private final Path file;
  private final StoredBlob blob;

  private SpooledUpload(Path file, StoredBlob blob) {
    this.file = file;
    this.blob = blob;
  }

  static SpooledUpload copy(InputStream content, long maxBytes, Path directory) {
    HashingReader reader = new HashingReader(content, maxBytes);
    Path file = null;
    try {
      file = Files.createTempFile(directory, "blob-upload-", ".tmp");
      try (OutputStream out = Files.newOutputStream(file)) {
        byte[] buffer = new byte[BUFFER_SIZE];
        for (int n = reader.fill(buffer); n > 0; n = reader.fill(buffer)) {
          out.write(buffer, 0, n);
        }
      }
      return new SpooledUpload(file, reader.result());
    } catch (IOException e) {
      deleteQuietly(file);
      throw new BlobStoreException("Cannot store the upload", e);
    } catch (RuntimeException e) {
      deleteQuietly(file);
      throw e;
    }
  }

  StoredBlob blob() {
    return blob;
  }

  InputStream open() throws IOException {
    return Files.newInputStream(file);
  }

  @Override
  public void close() {
    deleteQuietly(file);
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A temporary file; the operating system's cleanup of its temp directory takes it.
    }
  }
}

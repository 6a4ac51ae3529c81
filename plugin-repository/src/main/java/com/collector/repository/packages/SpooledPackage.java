package com.collector.repository.packages;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload copied to a temporary file, streaming and with a size limit, so it can be inspected and
 * then stored; closing deletes the file. The usual flow of a publishing endpoint:
 *
 * <pre>{@code
 * try (SpooledPackage upload = SpooledPackage.copy(body, tempDirectory, limits.maxPackageBytes())) {
 *   InspectedPackage inspected = inspector.inspect(upload.file(), pluginId, version);
 *   try (InputStream in = upload.open()) {
 *     blobStore.put(in, limits.maxPackageBytes(), inspected.sha256());
 *   }
 * }
 * }</pre>
 */
public final class SpooledPackage implements AutoCloseable {

  private static final int BUFFER_SIZE = 64 * 1024;

  private final Path file;

  private SpooledPackage(Path file) {
    this.file = file;
  }

  /**
   * Copies {@code upload} into a new file in {@code directory}.
   *
   * @throws PackageRefusedException (field {@code package}) when it has more than {@code maxBytes}
   * @throws UncheckedIOException when reading the upload or writing the file fails
   */
  public static SpooledPackage copy(InputStream upload, Path directory, long maxBytes) {
    Path file = null;
    try {
      file = Files.createTempFile(directory, "package-", ".zip");
      try (OutputStream out = Files.newOutputStream(file)) {
        byte[] buffer = new byte[BUFFER_SIZE];
        long size = 0;
        for (int n = upload.read(buffer); n != -1; n = upload.read(buffer)) {
          size += n;
          if (size > maxBytes) {
            throw PackageRefusedException.zip("is larger than " + maxBytes + " bytes");
          }
          out.write(buffer, 0, n);
        }
      }
      return new SpooledPackage(file);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(file);
      if (e instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      throw new UncheckedIOException("Cannot spool the upload", (IOException) e);
    }
  }

  /** The temporary file, valid until {@link #close()}. */
  public Path file() {
    return file;
  }

  /** Reads the file again, for example into the {@code BlobStore}. */
  public InputStream open() {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the file. */
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
      // The temporary directory is the operator's to clean; nothing refers to the file any more.
    }
  }
}

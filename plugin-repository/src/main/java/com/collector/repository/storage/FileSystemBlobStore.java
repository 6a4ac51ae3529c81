package com.collector.repository.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Blobs as files {@code <root>/<first two hex digits>/<sha256>}.
 *
 * <p>An upload is streamed into a temporary file under {@code <root>/.incoming} (same file system,
 * so the final rename is atomic), hashed and counted while written, flushed to disk, and only then
 * renamed to its final name. A failed, oversized or mismatching upload deletes its temporary file;
 * one left by a crash is invisible to readers and removed by {@link #removeAbandonedUploads}.
 * Concurrent uploads of the same content each write their own temporary file; the renames replace
 * one identical file by another, which readers never notice.
 */
public final class FileSystemBlobStore implements BlobStore {

  static final String INCOMING = ".incoming";
  private static final int BUFFER_SIZE = 64 * 1024;

  private final Path root;
  private final Path incoming;

  /** A store under {@code root}, created when missing. */
  public FileSystemBlobStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.incoming = this.root.resolve(INCOMING);
    try {
      Files.createDirectories(incoming);
    } catch (IOException e) {
      throw new BlobStoreException("Cannot create the blob directory " + incoming, e);
    }
  }

  @Override
  public StoredBlob put(InputStream content, long maxBytes) {
    return store(content, maxBytes, null);
  }

  @Override
  public StoredBlob put(InputStream content, long maxBytes, String expectedSha256) {
    return store(content, maxBytes, Sha256.requireValid(expectedSha256));
  }

  private StoredBlob store(InputStream content, long maxBytes, String expectedSha256) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must not be negative");
    }
    Path temporary;
    try {
      temporary = Files.createTempFile(incoming, "upload-", ".tmp");
    } catch (IOException e) {
      throw new BlobStoreException("Cannot create a temporary file in " + incoming, e);
    }
    try {
      StoredBlob blob = writeAndHash(content, maxBytes, temporary);
      if (expectedSha256 != null && !expectedSha256.equals(blob.sha256())) {
        throw new BlobDigestMismatchException(expectedSha256, blob.sha256());
      }
      publish(temporary, blob);
      return blob;
    } finally {
      deleteQuietly(temporary);
    }
  }

  private static StoredBlob writeAndHash(InputStream content, long maxBytes, Path temporary) {
    MessageDigest digest = Sha256.newDigest();
    long size = 0;
    try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
      byte[] buffer = new byte[BUFFER_SIZE];
      for (int n = content.read(buffer); n != -1; n = content.read(buffer)) {
        size += n;
        if (size > maxBytes) {
          throw new BlobTooLargeException(maxBytes);
        }
        digest.update(buffer, 0, n);
        ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
        while (chunk.hasRemaining()) {
          out.write(chunk);
        }
      }
      // On disk before the rename: after a crash the name never points at missing bytes.
      out.force(true);
    } catch (IOException e) {
      throw new BlobStoreException("Cannot store the upload", e);
    }
    return new StoredBlob(HexFormat.of().formatHex(digest.digest()), size);
  }

  private void publish(Path temporary, StoredBlob blob) {
    Path target = pathOf(blob.sha256());
    try {
      if (Files.exists(target) && Files.size(target) == blob.size()) {
        return; // same name, same content: already there
      }
      Files.createDirectories(target.getParent());
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException concurrentPutWon) {
        return; // a platform that does not replace on rename; the winner wrote the same bytes
      }
      syncDirectory(target.getParent());
    } catch (IOException e) {
      throw new BlobStoreException("Cannot publish blob " + blob.sha256(), e);
    }
  }

  private static void syncDirectory(Path directory) {
    // Makes the rename itself durable on Linux; not supported everywhere, and then not needed.
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException notSupported) {
      // Best effort.
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Left for removeAbandonedUploads; it is not visible under any blob name.
    }
  }

  @Override
  public InputStream open(String sha256) {
    return Channels.newInputStream(openChannel(sha256));
  }

  @Override
  public InputStream open(String sha256, long offset, long length) {
    FileChannel channel = openChannel(sha256);
    try {
      long size = channel.size();
      if (offset < 0 || length < 0 || offset > size || length > size - offset) {
        throw new IllegalArgumentException(
            "Range " + offset + "+" + length + " is outside blob of " + size + " bytes");
      }
      channel.position(offset);
      return new RangeInputStream(Channels.newInputStream(channel), length);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new BlobStoreException("Cannot read blob " + sha256, e);
    } catch (IllegalArgumentException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  private FileChannel openChannel(String sha256) {
    try {
      return FileChannel.open(pathOf(sha256), StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      throw new BlobNotFoundException(sha256);
    } catch (IOException e) {
      throw new BlobStoreException("Cannot read blob " + sha256, e);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // Reading failed already; that is the error to report.
    }
  }

  @Override
  public long size(String sha256) {
    try {
      return Files.size(pathOf(sha256));
    } catch (NoSuchFileException e) {
      throw new BlobNotFoundException(sha256);
    } catch (IOException e) {
      throw new BlobStoreException("Cannot read blob " + sha256, e);
    }
  }

  @Override
  public Optional<Path> localFile(String sha256) {
    Path file = pathOf(sha256);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  @Override
  public boolean exists(String sha256) {
    return Files.isRegularFile(pathOf(sha256));
  }

  @Override
  public boolean delete(String sha256) {
    try {
      return Files.deleteIfExists(pathOf(sha256));
    } catch (IOException e) {
      throw new BlobStoreException("Cannot delete blob " + sha256, e);
    }
  }

  /**
   * Deletes temporary files of uploads that a crash left behind, last written before {@code
   * before}. Call it at start-up or from a schedule with a margin larger than the longest upload.
   *
   * @return how many were deleted
   */
  public int removeAbandonedUploads(Instant before) {
    try (Stream<Path> files = Files.list(incoming)) {
      List<Path> stale = files.filter(file -> lastModified(file).isBefore(before)).toList();
      stale.forEach(FileSystemBlobStore::deleteQuietly);
      return stale.size();
    } catch (IOException e) {
      throw new BlobStoreException("Cannot clean " + incoming, e);
    }
  }

  private static Instant lastModified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException goneMeanwhile) {
      return Instant.MAX;
    }
  }

  private Path pathOf(String sha256) {
    Sha256.requireValid(sha256);
    return root.resolve(sha256.substring(0, 2)).resolve(sha256);
  }
}

package com.collector.repository.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest {

  private static final long LIMIT = 10L * 1024 * 1024;

  @TempDir Path root;

  private static byte[] randomBytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(Sha256.newDigest().digest(bytes));
  }

  private List<Path> allFiles() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void storesUnderTheContentsHashAndReadsItBack() throws IOException {
    FileSystemBlobStore cut = new FileSystemBlobStore(root);
    byte[] content = randomBytes(200_000, 1);

    StoredBlob blob = cut.put(new ByteArrayInputStream(content), LIMIT);

    assertThat(blob).isEqualTo(new StoredBlob(sha256(content), content.length));
    assertThat(cut.exists(blob.sha256())).isTrue();
    assertThat(cut.size(blob.sha256())).isEqualTo(content.length);
    try (InputStream in = cut.open(blob.sha256())) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
    assertThat(allFiles())
        .containsExactly(root.resolve(blob.sha256().substring(0, 2)).resolve(blob.sha256()));
  }

  @Test
  void readsARangeForResumedDownloads() throws IOException {
    FileSystemBlobStore cut = new FileSystemBlobStore(root);
    byte[] content = randomBytes(100_000, 2);
    String sha = cut.put(new ByteArrayInputStream(content), LIMIT).sha256();

    try (InputStream middle = cut.open(sha, 70_000, 1_000);
        InputStream tail = cut.open(sha, 99_990, 10);
        InputStream empty = cut.open(sha, 100_000, 0)) {
      assertThat(middle.readAllBytes()).isEqualTo(slice(content, 70_000, 1_000));
      assertThat(tail.readAllBytes()).isEqualTo(slice(content, 99_990, 10));
      assertThat(empty.readAllBytes()).isEmpty();
    }
    assertThatThrownBy(() -> cut.open(sha, 99_990, 11))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cut.open(sha, -1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] slice(byte[] bytes, int from, int length) {
    byte[] part = new byte[length];
    System.arraycopy(bytes, from, part, 0, length);
    return part;
  }

  @Test
  void refusesAnUploadAboveTheLimitAndKeepsNothing() throws IOException {
    FileSystemBlobStore cut = new FileSystemBlobStore(root);

    assertThat(cut.put(new ByteArrayInputStream(new byte[1000]), 1000).size()).isEqualTo(1000);
    assertThatThrownBy(() -> cut.put(new ByteArrayInputStream(new byte[1001]), 1000))
        .isInstanceOfSatisfying(
            BlobTooLargeException.class, e -> assertThat(e.maxBytes()).isEqualTo(1000));
    assertThat(allFiles()).hasSize(1);
  }

  @Test
  void stopsReadingAnEndlessUploadAtTheLimit() throws IOException {
    FileSystemBlobStore cut = new FileSystemBlobStore(root);
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 0;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) {
            return length;
          }
        };

    assertThatThrownBy(() -> cut.put(endless, LIMIT)).isInstanceOf(BlobTooLargeException.class);
    assertThat(allFiles()).isEmpty();
  }

  @Test
  void anUploadThatBreaksOffLeavesNoFinalFileAndNoTemporaryFile() throws IOException {
    FileSystemBlobStore cut = new FileSystemBlobStore(root);
    byte[] content = randomBytes(3_000_000, 3);
    String fullSha = sha256(content);
    List<List<Path>> seenMidway = new java.util.ArrayList<>();
    InputStream breaksOff =
        new FailingAfter(
            content,
            2_000_000,
            () -> {
              seenMidway.add(allFiles());
              assertThat(cut.exists(fullSha)).isFalse();
            });

    assertThatThrownBy(() -> cut.put(breaksOff, LIMIT))
        .isInstanceOf(BlobStoreException.class)
        .hasRootCauseMessage("connection reset");

    // Mid-way the bytes were only in the temporary file, under no blob name.
    assertThat(seenMidway.get(0))
        .singleElement()
        .satisfies(p -> assertThat(p.getParent().getFileName()).hasToString(".incoming"));
    assertThat(cut.exists(fullSha)).isFalse();
    assertThat(allFiles()).isEmpty();
  }

  @Test
  void refusesContentThatDoesNotMatchTheAnnouncedHash() throws IOException {
    FileSystemBlobStore cut = new FileSystemBlobStore(root);
    byte[] content = "package bytes".getBytes(StandardCharsets.UTF_8);
    String other = sha256("other bytes".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> cut.put(new ByteArrayInputStream(content), LIMIT, other))
        .isInstanceOfSatisfying(
            BlobDigestMismatchException.class,
            e -> {
              assertThat(e.expected()).isEqualTo(other);
              assertThat(e.actual()).isEqualTo(sha256(content));
            });
    assertThat(allFiles()).isEmpty();
    assertThat(cut.put(new ByteArrayInputStream(content), LIMIT, sha256(content)).sha256())
        .isEqualTo(sha256(content));
  }

  @Test
  void concurrentUploadsOfTheSameContentAllSucceedWithOneIntactBlob() throws Exception {
    FileSystemBlobStore cut = new FileSystemBlobStore(root);
    byte[] content = randomBytes(1_000_000, 4);
    CountDownLatch start = new CountDownLatch(1);
    Callable<StoredBlob> upload =
        () -> {
          start.await();
          return cut.put(new ByteArrayInputStream(content), LIMIT);
        };
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<StoredBlob>> results =
          IntStream.range(0, 8).mapToObj(i -> pool.submit(upload)).toList();
      start.countDown();
      for (Future<StoredBlob> result : results) {
        assertThat(result.get()).isEqualTo(new StoredBlob(sha256(content), content.length));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(allFiles()).hasSize(1);
    try (InputStream in = cut.open(sha256(content))) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
  }

  @Test
  void deletesAndReportsMissingBlobs() {
    FileSystemBlobStore cut = new FileSystemBlobStore(root);
    String sha = cut.put(new ByteArrayInputStream(new byte[] {1, 2, 3}), LIMIT).sha256();

    assertThat(cut.delete(sha)).isTrue();
    assertThat(cut.delete(sha)).isFalse();
    assertThat(cut.exists(sha)).isFalse();
    assertThatThrownBy(() -> cut.open(sha)).isInstanceOf(BlobNotFoundException.class);
    assertThatThrownBy(() -> cut.open(sha, 0, 0)).isInstanceOf(BlobNotFoundException.class);
    assertThatThrownBy(() -> cut.size(sha)).isInstanceOf(BlobNotFoundException.class);
  }

  @Test
  void refusesNamesThatAreNotAHashSoNoPathCanEscape() {
    FileSystemBlobStore cut = new FileSystemBlobStore(root);

    for (String name : List.of("../../etc/passwd", "AB" + "0".repeat(62), "0".repeat(63), "")) {
      assertThatThrownBy(() -> cut.open(name)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> cut.exists(name)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> cut.delete(name)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> cut.put(InputStream.nullInputStream(), 1, "nope"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void removesTemporaryFilesACrashLeftBehind() throws IOException {
    FileSystemBlobStore cut = new FileSystemBlobStore(root);
    Path old = Files.createFile(root.resolve(".incoming/upload-1.tmp"));
    Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    Path recent = Files.createFile(root.resolve(".incoming/upload-2.tmp"));

    assertThat(cut.removeAbandonedUploads(Instant.parse("2026-06-01T00:00:00Z"))).isEqualTo(1);
    assertThat(allFiles()).containsExactly(recent);
  }

  /** Yields the first {@code failAt} bytes, runs {@code midway}, then fails like a dropped link. */
  private static final class FailingAfter extends InputStream {
    private final InputStream content;
    private final int failAt;
    private final ThrowingRunnable midway;
    private int delivered;

    FailingAfter(byte[] bytes, int failAt, ThrowingRunnable midway) {
      this.content = new ByteArrayInputStream(bytes);
      this.failAt = failAt;
      this.midway = midway;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (delivered >= failAt) {
        midway.run();
        throw new IOException("connection reset");
      }
      int n = content.read(buffer, offset, Math.min(length, failAt - delivered));
      delivered += n;
      return n;
    }
  }

  private interface ThrowingRunnable {
    void run() throws IOException;
  }
}

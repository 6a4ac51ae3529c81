package com.collector.repository.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BlobStore} must do. An implementation's test extends this (the later Azure
 * store too: the module publishes its tests as a {@code test-jar}) and supplies an empty store per
 * test and a count of what the backend holds.
 */
public abstract class BlobStoreContractTest {

  protected static final long LIMIT = 10L * 1024 * 1024;

  protected BlobStore cut;

  /** A new, empty store; called before each test. */
  protected abstract BlobStore newStore() throws Exception;

  /** How many objects the backend holds, published or temporary (leftovers count). */
  protected abstract long storedObjects() throws Exception;

  @BeforeEach
  void createStore() throws Exception {
    cut = newStore();
  }

  protected static byte[] randomBytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  protected static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(Sha256.newDigest().digest(bytes));
  }

  @Test
  void storesUnderTheContentsHashAndReadsItBack() throws Exception {
    byte[] content = randomBytes(200_000, 1);

    StoredBlob blob = cut.put(new ByteArrayInputStream(content), LIMIT);

    assertThat(blob).isEqualTo(new StoredBlob(sha256(content), content.length));
    assertThat(cut.exists(blob.sha256())).isTrue();
    assertThat(cut.size(blob.sha256())).isEqualTo(content.length);
    try (InputStream in = cut.open(blob.sha256())) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
    assertThat(storedObjects()).isEqualTo(1);
  }

  @Test
  void readsARangeForResumedDownloads() throws IOException {
    byte[] content = randomBytes(100_000, 2);
    String sha = cut.put(new ByteArrayInputStream(content), LIMIT).sha256();

    try (InputStream middle = cut.open(sha, 70_000, 1_000);
        InputStream tail = cut.open(sha, 99_990, 10);
        InputStream empty = cut.open(sha, 100_000, 0)) {
      assertThat(middle.readAllBytes()).isEqualTo(slice(content, 70_000, 1_000));
      assertThat(tail.read()).isEqualTo(content[99_990] & 0xff);
      assertThat(tail.readAllBytes()).isEqualTo(slice(content, 99_991, 9));
      assertThat(tail.read()).isEqualTo(-1);
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
  void refusesAnUploadAboveTheLimitAndKeepsNothing() throws Exception {
    assertThat(cut.put(new ByteArrayInputStream(new byte[1000]), 1000).size()).isEqualTo(1000);
    assertThatThrownBy(() -> cut.put(new ByteArrayInputStream(new byte[1001]), 1000))
        .isInstanceOfSatisfying(
            BlobTooLargeException.class, e -> assertThat(e.maxBytes()).isEqualTo(1000));
    assertThat(storedObjects()).isEqualTo(1);
  }

  @Test
  void stopsReadingAnEndlessUploadAtTheLimit() throws Exception {
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
    assertThat(storedObjects()).isZero();
  }

  @Test
  void anUploadThatBreaksOffIsNeverVisibleAndLeavesNothing() throws Exception {
    byte[] content = randomBytes(3_000_000, 3);
    AtomicBoolean visibleMidway = new AtomicBoolean(true);
    InputStream breaksOff =
        new FailingStream(content, 2_000_000, () -> visibleMidway.set(cut.exists(sha256(content))));

    assertThatThrownBy(() -> cut.put(breaksOff, LIMIT))
        .isInstanceOf(BlobStoreException.class)
        .hasRootCauseMessage("connection reset");
    assertThat(visibleMidway).isFalse();
    assertThat(cut.exists(sha256(content))).isFalse();
    assertThat(storedObjects()).isZero();
  }

  @Test
  void refusesContentThatDoesNotMatchTheAnnouncedHash() throws Exception {
    byte[] content = "package bytes".getBytes(StandardCharsets.UTF_8);
    String other = sha256("other bytes".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> cut.put(new ByteArrayInputStream(content), LIMIT, other))
        .isInstanceOfSatisfying(
            BlobDigestMismatchException.class,
            e -> {
              assertThat(e.expected()).isEqualTo(other);
              assertThat(e.actual()).isEqualTo(sha256(content));
            });
    assertThat(storedObjects()).isZero();
    assertThat(cut.put(new ByteArrayInputStream(content), LIMIT, sha256(content)).sha256())
        .isEqualTo(sha256(content));
  }

  @Test
  void concurrentUploadsOfTheSameContentAllSucceedWithOneIntactBlob() throws Exception {
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
    assertThat(storedObjects()).isEqualTo(1);
    try (InputStream in = cut.open(sha256(content))) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
  }

  @Test
  void deletesAndReportsMissingBlobs() {
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
    for (String name : List.of("../../etc/passwd", "AB" + "0".repeat(62), "0".repeat(63), "")) {
      assertThatThrownBy(() -> cut.open(name)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> cut.exists(name)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> cut.delete(name)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> cut.put(InputStream.nullInputStream(), 1, "nope"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

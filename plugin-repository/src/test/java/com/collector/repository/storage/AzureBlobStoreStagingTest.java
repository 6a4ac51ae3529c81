package com.collector.repository.storage;

import static com.collector.repository.storage.AzureBlobStoreTest.BLOCK_SIZE;
import static com.collector.repository.storage.AzureBlobStoreTest.blocks;
import static com.collector.repository.storage.AzureBlobStoreTest.committedNames;
import static com.collector.repository.storage.BlobStoreContractTest.randomBytes;
import static com.collector.repository.storage.BlobStoreContractTest.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.specialized.BlockBlobClient;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads with an announced hash, which stream straight into uncommitted blocks of the final name:
 * what Azure holds midway and after a refusal, and how concurrent and repeated uploads commit.
 */
class AzureBlobStoreStagingTest {

  @RegisterExtension static final AzuriteExtension AZURITE = new AzuriteExtension();
  private static final long LIMIT = 10L * 1024 * 1024;

  @TempDir Path spool;

  private BlobContainerClient container;
  private AzureBlobStore cut;

  @BeforeEach
  void createStore() {
    container = AzureBlobStoreTest.newContainer(AZURITE.azurite());
    cut = new AzureBlobStore(container, BLOCK_SIZE, spool);
  }

  @AfterEach
  void deleteContainer() {
    container.deleteIfExists();
  }

  @Test
  void anUploadBrokenOffMidwayLeavesOnlyUncommittedBlocks() {
    byte[] content = randomBytes(3_000_000, 11);
    String sha = sha256(content);
    List<Object> midway = new ArrayList<>();
    InputStream breaksOff =
        new FailingStream(
            content,
            2_000_000,
            () -> {
              midway.add(cut.exists(sha));
              midway.add(committedNames(container));
              midway.add(blocks(container, sha).getUncommittedBlocks().size());
            });

    assertThatThrownBy(() -> cut.put(breaksOff, LIMIT, sha))
        .isInstanceOf(BlobStoreException.class)
        .hasRootCauseMessage("connection reset");

    // Midway: 7 full blocks of 2 MB staged (streamed, not buffered whole), none of it visible.
    assertThat(midway).containsExactly(false, List.of(), 2_000_000 / BLOCK_SIZE);
    assertThat(cut.exists(sha)).isFalse();
    assertThat(committedNames(container)).isEmpty();
    assertThatThrownBy(() -> cut.open(sha)).isInstanceOf(BlobNotFoundException.class);
  }

  @Test
  void aRetryAfterABrokenUploadCommitsOnlyItsOwnBlocks() {
    byte[] content = randomBytes(1_000_000, 12);
    String sha = sha256(content);
    assertThatThrownBy(() -> cut.put(new FailingStream(content, 600_000, () -> {}), LIMIT, sha))
        .isInstanceOf(BlobStoreException.class);

    assertThat(cut.put(new ByteArrayInputStream(content), LIMIT, sha).size()).isEqualTo(1_000_000);

    assertThat(blocks(container, sha).getUncommittedBlocks()).isEmpty();
    assertThat(blocks(container, sha).getCommittedBlocks()).hasSize(4);
    assertThat(container.getBlobClient(AzureBlobStore.blobName(sha)).downloadContent().toBytes())
        .isEqualTo(content);
  }

  @Test
  void stopsStagingAtTheSizeLimit() {
    byte[] content = randomBytes(2_000_000, 13);
    String sha = sha256(content);
    CountingStream counted = new CountingStream(new ByteArrayInputStream(content));

    assertThatThrownBy(() -> cut.put(counted, 600_000, sha))
        .isInstanceOfSatisfying(
            BlobTooLargeException.class, e -> assertThat(e.maxBytes()).isEqualTo(600_000));

    assertThat(counted.count).isLessThanOrEqualTo(600_000 + BLOCK_SIZE);
    assertThat(blocks(container, sha).getUncommittedBlocks()).hasSize(600_000 / BLOCK_SIZE);
    assertThat(committedNames(container)).isEmpty();
  }

  @Test
  void refusesAMismatchingUploadAndCommitsNothing() {
    byte[] content = randomBytes(700_000, 14);
    String announced = sha256(randomBytes(700_000, 15));

    assertThatThrownBy(() -> cut.put(new ByteArrayInputStream(content), LIMIT, announced))
        .isInstanceOfSatisfying(
            BlobDigestMismatchException.class,
            e -> assertThat(e.actual()).isEqualTo(sha256(content)));

    assertThat(committedNames(container)).isEmpty();
    assertThat(cut.exists(announced)).isFalse();
    assertThat(cut.exists(sha256(content))).isFalse();
  }

  @Test
  void storingExistingContentAgainSendsNothingAndKeepsTheETag() {
    byte[] content = randomBytes(600_000, 16);
    String sha = sha256(content);
    cut.put(new ByteArrayInputStream(content), LIMIT, sha);
    String etag = container.getBlobClient(AzureBlobStore.blobName(sha)).getProperties().getETag();

    assertThat(cut.put(new ByteArrayInputStream(content), LIMIT, sha))
        .isEqualTo(new StoredBlob(sha, content.length));
    assertThat(cut.put(new ByteArrayInputStream(content), LIMIT))
        .isEqualTo(new StoredBlob(sha, content.length));

    assertThat(container.getBlobClient(AzureBlobStore.blobName(sha)).getProperties().getETag())
        .isEqualTo(etag);
    assertThat(blocks(container, sha).getUncommittedBlocks()).isEmpty();
  }

  @Test
  void announcingAnExistingBlobsHashForOtherContentIsRefused() {
    byte[] stored = randomBytes(1000, 17);
    String sha = cut.put(new ByteArrayInputStream(stored), LIMIT).sha256();

    assertThatThrownBy(() -> cut.put(new ByteArrayInputStream(randomBytes(1000, 18)), LIMIT, sha))
        .isInstanceOf(BlobDigestMismatchException.class);
    assertThatThrownBy(() -> cut.put(new ByteArrayInputStream(new byte[1001]), 1000, sha))
        .isInstanceOf(BlobTooLargeException.class);
  }

  @Test
  void concurrentStreamedUploadsOfTheSameContentCommitOnce() throws Exception {
    byte[] content = randomBytes(1_500_000, 19);
    String sha = sha256(content);
    CountDownLatch start = new CountDownLatch(1);
    Callable<StoredBlob> upload =
        () -> {
          start.await();
          return cut.put(new ByteArrayInputStream(content), LIMIT, sha);
        };
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<StoredBlob>> results =
          IntStream.range(0, 6).mapToObj(i -> pool.submit(upload)).toList();
      start.countDown();
      for (Future<StoredBlob> result : results) {
        assertThat(result.get()).isEqualTo(new StoredBlob(sha, content.length));
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(committedNames(container)).containsExactly(AzureBlobStore.blobName(sha));
    try (InputStream in = cut.open(sha)) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void anUploadThatFindsItsBlobCommittedMeanwhileLeavesItAlone() throws IOException {
    byte[] content = randomBytes(1_000_000, 20);
    String sha = sha256(content);
    List<String> etags = new ArrayList<>();
    // Runs after the store found no blob, before it stages anything.
    InputStream overtaken =
        new SequenceInputStream(
            runningFirst(
                () -> {
                  cut.put(new ByteArrayInputStream(content), LIMIT, sha);
                  etags.add(
                      container
                          .getBlobClient(AzureBlobStore.blobName(sha))
                          .getProperties()
                          .getETag());
                }),
            new ByteArrayInputStream(content));

    assertThat(cut.put(overtaken, LIMIT, sha)).isEqualTo(new StoredBlob(sha, content.length));

    // The late commit is refused by If-None-Match: *, so a reader's pinned ETag stays valid.
    assertThat(container.getBlobClient(AzureBlobStore.blobName(sha)).getProperties().getETag())
        .isEqualTo(etags.get(0));
    try (InputStream in = cut.open(sha)) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
  }

  @Test
  void aCommitWhoseBlocksVanishedIsAFaultNotASuccess() {
    byte[] content = randomBytes(1_000_000, 21);
    String sha = sha256(content);
    BlockBlobClient raw =
        container.getBlobClient(AzureBlobStore.blobName(sha)).getBlockBlobClient();
    // At the end of the upload someone commits an empty list (discarding our blocks) and deletes
    // it.
    InputStream robbed =
        new SequenceInputStream(
            new ByteArrayInputStream(content),
            runningFirst(
                () -> {
                  raw.commitBlockList(List.of());
                  raw.delete();
                }));

    assertThatThrownBy(() -> cut.put(robbed, LIMIT, sha))
        .isInstanceOf(BlobStoreException.class)
        .hasMessageStartingWith("Cannot commit");
    assertThat(committedNames(container)).isEmpty();
  }

  /** An empty stream that runs {@code action} when first read. */
  private static InputStream runningFirst(Runnable action) {
    return new InputStream() {
      @Override
      public int read() {
        action.run();
        return -1;
      }
    };
  }

  /** Counts the bytes the store pulled from the upload. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count += Math.max(n, 0);
      return n;
    }
  }
}

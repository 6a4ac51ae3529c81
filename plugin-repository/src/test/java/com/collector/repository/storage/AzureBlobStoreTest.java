package com.collector.repository.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.Block;
import com.azure.storage.blob.models.BlockList;
import com.azure.storage.blob.models.BlockListType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract against Azurite (the real SDK over HTTP), one fresh container per test, plus the
 * blob layout. What the backend holds counts committed blobs and spooled files; uncommitted blocks
 * are not blobs (no read or listing sees them) and {@link AzureBlobStoreStagingTest} checks them.
 */
class AzureBlobStoreTest extends BlobStoreContractTest {

  @RegisterExtension static final AzuriteExtension AZURITE = new AzuriteExtension();

  /** Small blocks, so that the contract's uploads of 0.2–3 MB span several. */
  static final int BLOCK_SIZE = 256 * 1024;

  @TempDir Path spool;

  private BlobContainerClient container;

  static BlobContainerClient newContainer(Azurite azurite) {
    return new BlobServiceClientBuilder()
        .connectionString(azurite.connectionString())
        .buildClient()
        .getBlobContainerClient("blobs-" + UUID.randomUUID());
  }

  @Override
  protected BlobStore newStore() {
    container = newContainer(AZURITE.azurite());
    return new AzureBlobStore(container, BLOCK_SIZE, spool);
  }

  @AfterEach
  void deleteContainer() {
    container.deleteIfExists();
  }

  @Override
  protected long storedObjects() throws IOException {
    try (Stream<Path> spooled = Files.list(spool)) {
      return committedNames(container).size() + spooled.count();
    }
  }

  static List<String> committedNames(BlobContainerClient container) {
    return container.listBlobs().stream().map(BlobItem::getName).toList();
  }

  static BlockList blocks(BlobContainerClient container, String sha256) {
    return container
        .getBlobClient(AzureBlobStore.blobName(sha256))
        .getBlockBlobClient()
        .listBlocks(BlockListType.ALL);
  }

  @Test
  void keepsABlobAtItsHashUnderAPrefixOfItsFirstTwoDigits() throws IOException {
    byte[] content = randomBytes(1000, 7);

    StoredBlob blob = cut.put(new ByteArrayInputStream(content), LIMIT);

    String name = blob.sha256().substring(0, 2) + "/" + blob.sha256();
    assertThat(committedNames(container)).containsExactly(name);
    assertThat(container.getBlobClient(name).downloadContent().toBytes()).isEqualTo(content);
  }

  @Test
  void createsTheContainerWhenMissingAndBuildsFromAConnectionString() {
    String name = "created-" + UUID.randomUUID();

    BlobStore store =
        AzureBlobStore.fromConnectionString(AZURITE.azurite().connectionString(), name);
    StoredBlob blob = store.put(new ByteArrayInputStream(new byte[] {4, 2}), LIMIT);

    BlobContainerClient created = container.getServiceClient().getBlobContainerClient(name);
    assertThat(created.exists()).isTrue();
    assertThat(store.size(blob.sha256())).isEqualTo(2);
    created.delete();
  }

  @Test
  void anUploadIsCommittedAsBlocksOfAtMostTheBlockSize() {
    byte[] content = randomBytes(3 * BLOCK_SIZE + 10, 8);

    String sha = cut.put(new ByteArrayInputStream(content), LIMIT).sha256();

    BlockList blocks = blocks(container, sha);
    assertThat(blocks.getCommittedBlocks())
        .extracting(Block::getSizeLong)
        .containsExactly((long) BLOCK_SIZE, (long) BLOCK_SIZE, (long) BLOCK_SIZE, 10L);
    assertThat(blocks.getUncommittedBlocks()).isEmpty();
  }

  @Test
  void readsRangesAcrossBlockBoundaries() throws IOException {
    byte[] content = randomBytes(3 * BLOCK_SIZE, 9);
    String sha = cut.put(new ByteArrayInputStream(content), LIMIT).sha256();
    int from = BLOCK_SIZE - 100;
    int length = BLOCK_SIZE + 200;

    try (InputStream range = cut.open(sha, from, length)) {
      byte[] expected = new byte[length];
      System.arraycopy(content, from, expected, 0, length);
      assertThat(range.readAllBytes()).isEqualTo(expected);
    }
    try (InputStream whole = cut.open(sha, 0, content.length)) {
      assertThat(whole.readAllBytes()).isEqualTo(content);
    }
  }
}

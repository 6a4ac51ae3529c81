package com.collector.repository.storage;

import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.specialized.BlockBlobClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Streams an upload into uncommitted blocks of one block blob, one buffer of {@code blockSize} at a
 * time, hashing and counting on the way. Uncommitted blocks are not part of the blob: nobody sees
 * them until a block list naming them is committed, and Azure discards them at the next commit of
 * the blob or after a week.
 */
final class BlockStager {

  /** Azure's limit of blocks per blob. */
  static final int MAX_BLOCKS = 50_000;

  private final int blockSize;

  BlockStager(int blockSize) {
    if (blockSize < 1) {
      throw new IllegalArgumentException("blockSize must be positive");
    }
    this.blockSize = blockSize;
  }

  /** What was staged: the content's name and size, and the block ids to commit in order. */
  record Staged(StoredBlob blob, List<String> blockIds) {}

  Staged stage(BlockBlobClient target, InputStream content, long maxBytes) {
    // Ids unique per upload: concurrent uploads of the same content stage side by side.
    String upload = UUID.randomUUID().toString();
    HashingReader reader = new HashingReader(content, maxBytes);
    byte[] buffer = new byte[blockSize];
    List<String> blockIds = new ArrayList<>();
    try {
      for (int n = reader.fill(buffer); n > 0; n = reader.fill(buffer)) {
        if (blockIds.size() == MAX_BLOCKS) {
          throw new BlobStoreException("The upload needs more than " + MAX_BLOCKS + " blocks");
        }
        String blockId = blockId(upload, blockIds.size());
        target.stageBlock(blockId, new ByteArrayInputStream(buffer, 0, n), n);
        blockIds.add(blockId);
      }
    } catch (IOException e) {
      throw new BlobStoreException("Cannot store the upload", e);
    } catch (BlobStorageException e) {
      throw new BlobStoreException("Cannot stage a block of " + target.getBlobName(), e);
    }
    return new Staged(reader.result(), List.copyOf(blockIds));
  }

  /** All ids of a blob must have the same length: a UUID and a six-digit index. */
  static String blockId(String upload, int index) {
    String id = upload + "-" + String.format("%06d", index);
    return Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.US_ASCII));
  }
}

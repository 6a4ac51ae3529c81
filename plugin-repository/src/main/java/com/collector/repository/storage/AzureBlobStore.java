package com.collector.repository.storage;

import com.azure.core.credential.TokenCredential;
import com.azure.core.util.Context;
import com.azure.identity.ManagedIdentityCredentialBuilder;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobContainerClientBuilder;
import com.azure.storage.blob.models.BlobErrorCode;
import com.azure.storage.blob.models.BlobProperties;
import com.azure.storage.blob.models.BlobRange;
import com.azure.storage.blob.models.BlobRequestConditions;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.options.BlobInputStreamOptions;
import com.azure.storage.blob.options.BlockBlobCommitBlockListOptions;
import com.azure.storage.blob.specialized.BlockBlobClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Blobs in one Azure Blob Storage container, as block blobs named {@code <first two hex
 * digits>/<sha256>}.
 *
 * <p>An upload is staged as uncommitted blocks of at most {@code blockSize} bytes on the blob's
 * final name, hashed and counted on the way (memory: one block buffer per upload), and the block
 * list is committed only after the whole upload arrived within its limit and hashes to that name.
 * Uncommitted blocks are invisible to every read and to listings, so a broken, oversized or
 * mismatching upload is never seen; Azure discards its blocks at the next commit of the name or
 * after a week. Staging on the final name needs the name first: {@link #put(InputStream, long,
 * String)} (the publishing flow, which hashes while inspecting) streams straight to Azure, while
 * {@link #put(InputStream, long)} spools the upload to a local temporary file to hash it first.
 *
 * <p>The commit is conditional ({@code If-None-Match: *}): when the blob exists already, also from
 * a concurrent upload of the same content, it is left alone, so its ETag never changes under a
 * reader. Reads pin the ETag they started with.
 */
public final class AzureBlobStore implements BlobStore {

  /** Block size for uploads (and chunk size for reads) of the factory methods. */
  public static final int DEFAULT_BLOCK_SIZE = 4 * 1024 * 1024;

  private final BlobContainerClient container;
  private final BlockStager stager;
  private final int blockSize;
  private final Path spoolDirectory;

  /**
   * A store in {@code container}, created when missing.
   *
   * @param blockSize bytes per staged block and per read request; one such buffer per upload
   * @param spoolDirectory where {@link #put(InputStream, long)} hashes an upload before sending it
   */
  public AzureBlobStore(BlobContainerClient container, int blockSize, Path spoolDirectory) {
    this.container = container;
    this.stager = new BlockStager(blockSize);
    this.blockSize = blockSize;
    this.spoolDirectory = spoolDirectory;
    try {
      container.createIfNotExists();
    } catch (BlobStorageException e) {
      throw new BlobStoreException(
          "Cannot create the container " + container.getBlobContainerName(), e);
    }
  }

  /** A store authorized by a connection string (account key or SAS), for example Azurite's. */
  public static AzureBlobStore fromConnectionString(String connectionString, String containerName) {
    return new AzureBlobStore(
        new BlobContainerClientBuilder()
            .connectionString(connectionString)
            .containerName(containerName)
            .buildClient(),
        DEFAULT_BLOCK_SIZE,
        defaultSpoolDirectory());
  }

  /**
   * A store at {@code endpoint} (e.g. {@code https://<account>.blob.core.windows.net}) authorized
   * by a Microsoft Entra ID credential, which needs the role "Storage Blob Data Contributor".
   */
  public static AzureBlobStore withCredential(
      String endpoint, TokenCredential credential, String containerName) {
    return new AzureBlobStore(
        new BlobContainerClientBuilder()
            .endpoint(endpoint)
            .credential(credential)
            .containerName(containerName)
            .buildClient(),
        DEFAULT_BLOCK_SIZE,
        defaultSpoolDirectory());
  }

  /**
   * For production on Azure: the managed identity of the host (App Service, VM, container), or the
   * user-assigned one with {@code clientId} when not null. Not tested here: there is no managed
   * identity outside Azure; {@link #withCredential} runs the same code with another credential.
   */
  public static AzureBlobStore withManagedIdentity(
      String endpoint, String containerName, String clientId) {
    ManagedIdentityCredentialBuilder identity = new ManagedIdentityCredentialBuilder();
    if (clientId != null) {
      identity.clientId(clientId);
    }
    return withCredential(endpoint, identity.build(), containerName);
  }

  private static Path defaultSpoolDirectory() {
    return Path.of(System.getProperty("java.io.tmpdir"));
  }

  @Override
  public StoredBlob put(InputStream content, long maxBytes) {
    try (SpooledUpload spooled = SpooledUpload.copy(content, maxBytes, spoolDirectory);
        InputStream again = spooled.open()) {
      return store(again, spooled.blob().size(), spooled.blob().sha256());
    } catch (IOException e) {
      throw new BlobStoreException("Cannot read the spooled upload", e);
    }
  }

  @Override
  public StoredBlob put(InputStream content, long maxBytes, String expectedSha256) {
    return store(content, maxBytes, Sha256.requireValid(expectedSha256));
  }

  private StoredBlob store(InputStream content, long maxBytes, String expectedSha256) {
    BlockBlobClient target = client(expectedSha256).getBlockBlobClient();
    if (exists(expectedSha256)) {
      return verified(drain(content, maxBytes), expectedSha256); // stored already: send nothing
    }
    BlockStager.Staged staged = stager.stage(target, content, maxBytes);
    StoredBlob blob = verified(staged.blob(), expectedSha256);
    commit(target, staged);
    return blob;
  }

  private static StoredBlob drain(InputStream content, long maxBytes) {
    try {
      return new HashingReader(content, maxBytes).drain();
    } catch (IOException e) {
      throw new BlobStoreException("Cannot store the upload", e);
    }
  }

  private static StoredBlob verified(StoredBlob blob, String expectedSha256) {
    if (!blob.sha256().equals(expectedSha256)) {
      throw new BlobDigestMismatchException(expectedSha256, blob.sha256());
    }
    return blob;
  }

  private static void commit(BlockBlobClient target, BlockStager.Staged staged) {
    BlockBlobCommitBlockListOptions options =
        new BlockBlobCommitBlockListOptions(staged.blockIds())
            .setRequestConditions(new BlobRequestConditions().setIfNoneMatch("*"));
    try {
      target.commitBlockListWithResponse(options, null, Context.NONE);
    } catch (BlobStorageException e) {
      if (!storedMeanwhile(target, e)) {
        throw new BlobStoreException("Cannot commit " + target.getBlobName(), e);
      }
    }
  }

  /**
   * Whether the commit failed because a concurrent upload of the same content committed first: the
   * condition fails (409 or 412), or, when that commit discarded our uncommitted blocks, the block
   * list is invalid. Any other failure, or the blob still missing, is a fault.
   */
  private static boolean storedMeanwhile(BlockBlobClient target, BlobStorageException e) {
    boolean concurrentCommit =
        e.getStatusCode() == 409
            || e.getStatusCode() == 412
            || BlobErrorCode.INVALID_BLOCK_LIST.equals(e.getErrorCode());
    return concurrentCommit && target.exists();
  }

  @Override
  public InputStream open(String sha256) {
    BlobClient blob = client(sha256);
    return call(
        sha256, () -> blob.openInputStream(new BlobInputStreamOptions().setBlockSize(blockSize)));
  }

  @Override
  public InputStream open(String sha256, long offset, long length) {
    BlobClient blob = client(sha256);
    BlobProperties properties = properties(blob, sha256);
    long size = properties.getBlobSize();
    if (offset < 0 || length < 0 || offset > size || length > size - offset) {
      throw new IllegalArgumentException(
          "Range " + offset + "+" + length + " is outside blob of " + size + " bytes");
    }
    if (length == 0) {
      return InputStream.nullInputStream();
    }
    BlobInputStreamOptions range =
        new BlobInputStreamOptions()
            .setRange(new BlobRange(offset, length))
            .setBlockSize((int) Math.min(blockSize, length))
            .setRequestConditions(new BlobRequestConditions().setIfMatch(properties.getETag()));
    return call(sha256, () -> blob.openInputStream(range));
  }

  @Override
  public long size(String sha256) {
    return properties(client(sha256), sha256).getBlobSize();
  }

  private static BlobProperties properties(BlobClient blob, String sha256) {
    return call(sha256, blob::getProperties);
  }

  @Override
  public boolean exists(String sha256) {
    return call(sha256, client(sha256)::exists);
  }

  @Override
  public boolean delete(String sha256) {
    return call(sha256, client(sha256)::deleteIfExists);
  }

  /** Runs a request about one blob, mapping the service's errors to the store's exceptions. */
  private static <T> T call(String sha256, Supplier<T> request) {
    try {
      return request.get();
    } catch (BlobStorageException e) {
      throw failure(sha256, e);
    }
  }

  /** The blob's name in the container: {@code <first two hex digits>/<sha256>}. */
  static String blobName(String sha256) {
    Sha256.requireValid(sha256);
    return sha256.substring(0, 2) + "/" + sha256;
  }

  private BlobClient client(String sha256) {
    return container.getBlobClient(blobName(sha256));
  }

  private static BlobStoreException failure(String sha256, BlobStorageException e) {
    if (e.getStatusCode() == 404) {
      return new BlobNotFoundException(sha256);
    }
    return new BlobStoreException("Blob " + sha256 + ": " + e.getErrorCode(), e);
  }
}

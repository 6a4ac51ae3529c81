package com.collector.portal.distribution.control;

import com.collector.portal.distribution.entity.HostedFileRole;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.repository.clickonce.ClickOncePublish;
import com.collector.repository.clickonce.ClickOncePublishIngest;
import com.collector.repository.clickonce.PayloadFile;
import com.collector.repository.clickonce.PublishRefusedException;
import com.collector.repository.storage.BlobStore;
import com.collector.repository.storage.Sha256;
import com.collector.repository.storage.StoredBlob;
import com.collector.repository.versions.AppVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Takes in the zip of a ClickOnce publish of the Collector app: checks it with {@link
 * ClickOncePublishIngest} (manifests, every payload file's size and digest, versions) in a
 * temporary directory under the upload spool, then stores each file in the blob store under its
 * SHA-256. A refusal names the field ({@code zip} problems become {@code package}, as for plugins;
 * the others keep the ingest's names, such as {@code file.hash} or {@code
 * deploymentManifest.version}). A blob once stored stays, even when the upload fails later.
 */
final class ClickOnceUpload {

  private final BlobStore blobs;
  private final Path spool;
  private final ClickOncePublishIngest ingest;
  private final long maxBytes;

  ClickOnceUpload(BlobStore blobs, Path spool, long maxBytes) {
    this.blobs = blobs;
    this.spool = spool;
    this.maxBytes = maxBytes;
    this.ingest =
        new ClickOncePublishIngest(
            ClickOncePublishIngest.defaultLimits().withMaxPackageBytes(maxBytes));
  }

  /** Checks and stores the publish in {@code zip}, which must be release {@code version}. */
  List<HostedFile> store(Path zip, String version) {
    Path work = createWorkDirectory();
    try {
      ClickOncePublish publish =
          ingest.ingest(zip, AppVersion.parse(version), work.resolve("publish"));
      return storeFiles(publish);
    } catch (PublishRefusedException refused) {
      throw new InvalidInputException(field(refused.field()), message(refused));
    } finally {
      ClickOncePublishIngest.deleteTree(work);
    }
  }

  static String field(String ingestField) {
    return "zip".equals(ingestField) ? PackageStorage.FIELD : ingestField;
  }

  private List<HostedFile> storeFiles(ClickOncePublish publish) {
    // Why no clean-up on failure: a concurrent upload (any instance) may already count on a blob.
    List<HostedFile> stored = new ArrayList<>();
    stored.add(
        put(
            publish,
            publish.deploymentManifest().entryName(),
            HostedFileRole.DEPLOYMENT_MANIFEST,
            null));
    stored.add(
        put(
            publish,
            publish.applicationManifest().entryName(),
            HostedFileRole.APPLICATION_MANIFEST,
            null));
    for (PayloadFile file : publish.payload()) {
      stored.add(put(publish, file.entryName(), HostedFileRole.FILE, file.sha256()));
    }
    for (String other : publish.otherEntries()) {
      stored.add(put(publish, other, HostedFileRole.FILE, null));
    }
    return List.copyOf(stored);
  }

  private HostedFile put(ClickOncePublish publish, String entry, HostedFileRole role, String sha) {
    Path file = publish.directory().resolve(entry);
    try {
      String expected = sha != null ? sha : sha256(file);
      StoredBlob blob;
      try (InputStream in = Files.newInputStream(file)) {
        blob = blobs.put(in, maxBytes, expected);
      }
      return new HostedFile(entry, role, blob.sha256(), blob.size());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the extracted " + entry, e);
    }
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest digest = Sha256.newDigest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private Path createWorkDirectory() {
    try {
      return Files.createTempDirectory(spool, "clickonce-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a directory in " + spool, e);
    }
  }

  private static String message(PublishRefusedException refused) {
    String message = refused.getMessage();
    String prefix = refused.field() + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }
}

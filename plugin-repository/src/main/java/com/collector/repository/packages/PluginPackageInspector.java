package com.collector.repository.packages;

import com.collector.repository.versions.PluginVersion;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Checks an uploaded plugin package before it is published.
 *
 * <p>It works on a file, not a stream: an upload is first written to a local temporary file with
 * its size limit (the REST resource or upload page does that, streaming), then inspected, then put
 * into the {@code BlobStore} with the hash found here as its expected name. A file lets the
 * inspector read the central directory first, which is what extracting tools go by and the only
 * place that marks symbolic links (unix mode in the external attributes); a {@code ZipInputStream}
 * alone sees neither. It proceeds in two passes:
 *
 * <ol>
 *   <li>the central directory, without inflating anything: entry count, safe names (no absolute
 *       paths, {@code ..}, backslashes, drive letters, Windows device names), no links or special
 *       files, no duplicates (ignoring case), no encryption, no ZIP64;
 *   <li>one streaming pass that hashes the file, inflates every entry counting the actual bytes
 *       against the size and compression-ratio limits (stopping a zip bomb early), checks the local
 *       entries against the directory and keeps the manifest.
 * </ol>
 *
 * <p>Finally the root manifest {@value PluginManifest#FILE_NAME} must exist, be valid and name the
 * expected id and version. Nothing is extracted to disk. Thread-safe.
 */
public final class PluginPackageInspector {

  private final PackageLimits limits;

  public PluginPackageInspector(PackageLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Inspects the package in {@code packageFile}, which must be the release of {@code expectedId} at
   * {@code expectedVersion} (build metadata included).
   *
   * @return the manifest, the files, and the package's SHA-256 and size
   * @throws PackageRefusedException naming the field at fault ({@code package}, {@code manifest},
   *     {@code manifest.id}, {@code manifest.version}, ...)
   * @throws UncheckedIOException when the file cannot be opened at all
   */
  public InspectedPackage inspect(
      Path packageFile, String expectedId, PluginVersion expectedVersion) {
    ManifestCopy manifestCopy = new ManifestCopy();
    CheckedZip.Content content =
        CheckedZip.read(
            packageFile,
            limits,
            name -> name.equals(PluginManifest.FILE_NAME) ? manifestCopy : null);
    if (!manifestCopy.found) {
      throw new PackageRefusedException(
          "manifest", "the package has no " + PluginManifest.FILE_NAME + " at its root");
    }
    PluginManifest manifest = PluginManifest.parse(manifestCopy.toByteArray());
    if (!manifest.id().equals(expectedId)) {
      throw new PackageRefusedException(
          "manifest.id", "is '" + manifest.id() + "', the release is for '" + expectedId + "'");
    }
    if (!manifest.version().toString().equals(expectedVersion.toString())) {
      throw new PackageRefusedException(
          "manifest.version",
          "is '" + manifest.version() + "', the release is '" + expectedVersion + "'");
    }
    return new InspectedPackage(
        manifest,
        content.files(),
        content.entryCount(),
        content.uncompressedBytes(),
        content.sha256(),
        content.size());
  }

  /** Keeps the manifest's bytes, refusing a manifest too large to be a real one. */
  private static final class ManifestCopy extends ByteArrayOutputStream {
    private static final int MAX_MANIFEST_BYTES = 64 * 1024;
    private boolean found;

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
      found = true;
      if (count + length > MAX_MANIFEST_BYTES) {
        throw new PackageRefusedException(
            "manifest", "is larger than " + MAX_MANIFEST_BYTES + " bytes");
      }
      super.write(bytes, offset, length);
    }

    @Override
    public void close() {
      found = true;
    }
  }
}

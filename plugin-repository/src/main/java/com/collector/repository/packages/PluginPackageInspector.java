package com.collector.repository.packages;

import com.collector.repository.versions.PluginVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    long size = sizeOf(packageFile);
    if (size > limits.maxPackageBytes()) {
      throw PackageRefusedException.zip("is larger than " + limits.maxPackageBytes() + " bytes");
    }
    InflatedContent.Outcome content;
    List<CentralEntry> directory;
    try {
      directory = CentralDirectory.read(packageFile, limits.maxEntries());
      checkEntries(directory);
      content = InflatedContent.read(packageFile, size, directory, limits);
    } catch (IOException e) {
      throw new PackageRefusedException("package", "is not a readable zip: " + e.getMessage(), e);
    }
    if (content.manifest() == null) {
      throw new PackageRefusedException(
          "manifest", "the package has no " + PluginManifest.FILE_NAME + " at its root");
    }
    PluginManifest manifest = PluginManifest.parse(content.manifest());
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
        directory.size(),
        content.uncompressedBytes(),
        content.sha256(),
        size);
  }

  private void checkEntries(List<CentralEntry> directory) {
    for (CentralEntry entry : directory) {
      EntryNames.check(entry.name(), limits);
      String linkProblem = entry.linkProblem();
      if (linkProblem != null) {
        throw PackageRefusedException.zip("entry '" + entry.name() + "' " + linkProblem);
      }
    }
    EntryNames.checkUnique(directory);
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the package " + file, e);
    }
  }
}

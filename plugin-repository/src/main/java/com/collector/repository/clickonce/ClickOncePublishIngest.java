package com.collector.repository.clickonce;

import com.collector.repository.packages.CheckedZip;
import com.collector.repository.packages.PackageLimits;
import com.collector.repository.packages.PackageRefusedException;
import com.collector.repository.versions.AppVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Takes in the zip of a ClickOnce publish ({@code Collector.application} at the root, {@code
 * Application Files/Collector_<v>/Collector.exe.manifest} and the payload beside it) and extracts
 * it, or refuses it naming the first problem.
 *
 * <p>The zip goes through {@link CheckedZip} (safe names, no links, limits counted while inflating)
 * into a staging directory next to the target, hashing every file on the way. Then the manifests
 * are checked against the staged files: the deployment manifest's version against the expected one,
 * the application manifest's size, hash and identity against the deployment manifest, and every
 * file it lists (with {@code .deploy} when the deployment maps extensions) against its size and
 * hash. Only then is the staging directory renamed to the target, so the target either holds a
 * complete, checked publish or does not exist. Thread-safe.
 */
public final class ClickOncePublishIngest {

  /** Manifests are read into memory; real ones are far below this. */
  public static final long MAX_MANIFEST_BYTES = 16L << 20;

  private final PackageLimits limits;

  public ClickOncePublishIngest(PackageLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Limits for a .NET 8 desktop publish: 500 MiB zip, 10 000 entries, 2 GiB inflated, ratio 100,
   * depth 16, names of 240 characters (as for plugins).
   */
  public static PackageLimits defaultLimits() {
    return new PackageLimits(500L << 20, 10_000, 2L << 30, 100, 16, 240);
  }

  /**
   * Checks the publish in {@code zipFile}, which must be release {@code expectedVersion}, and
   * extracts it to {@code target} as a plain tree mirroring the zip's entry names (so the files can
   * be served under the same relative URLs the manifests use).
   *
   * @param target a directory that must not exist yet; its parent must exist. Nothing is left there
   *     (nor next to it) when the publish is refused
   * @throws PublishRefusedException naming the first problem; see its {@code field()} values
   * @throws IllegalArgumentException when {@code target} exists or has no existing parent
   * @throws UncheckedIOException when the zip cannot be opened or the target not written
   */
  public ClickOncePublish ingest(Path zipFile, AppVersion expectedVersion, Path target) {
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    Path directory = target.toAbsolutePath().normalize();
    Path parent = directory.getParent();
    if (Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
      throw new IllegalArgumentException("The target " + directory + " exists already");
    }
    if (parent == null || !Files.isDirectory(parent)) {
      throw new IllegalArgumentException("The target's parent directory does not exist");
    }
    Path staging = createStaging(parent, directory.getFileName().toString());
    try {
      StagedFiles staged = new StagedFiles(staging);
      readZip(zipFile, staged);
      ClickOncePublish publish =
          new PublishVerification(staged, MAX_MANIFEST_BYTES).verify(expectedVersion, directory);
      Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
      return publish;
    } catch (IOException e) {
      deleteTree(staging);
      throw new UncheckedIOException("Cannot move the publish to " + directory, e);
    } catch (RuntimeException e) {
      deleteTree(staging);
      throw e;
    }
  }

  private void readZip(Path zipFile, StagedFiles staged) {
    try {
      CheckedZip.read(zipFile, limits, staged);
    } catch (PackageRefusedException e) {
      // The plugin wording ("package") would confuse here; the message itself still applies.
      String message = e.getMessage().substring(e.field().length() + 2);
      throw new PublishRefusedException("zip", message, e);
    }
  }

  private static Path createStaging(Path parent, String name) {
    try {
      return Files.createTempDirectory(parent, "." + name + ".partial-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a staging directory in " + parent, e);
    }
  }

  /**
   * Deletes an extracted publish (or a staging directory) with everything in it, as far as it can:
   * for callers that served their purpose with the extracted files.
   */
  public static void deleteTree(Path root) {
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              Files.delete(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // A leftover staging directory is hidden and never becomes a target; the refusal matters.
    }
  }
}

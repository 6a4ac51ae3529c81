package com.collector.repository.packages;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an uploaded zip with every check of {@link PluginPackageInspector} (safe names, no links,
 * no duplicates, entry count, sizes and compression ratio counted while inflating, local entries
 * matching the central directory) and hands each file's content to a sink. Other kinds of uploads
 * (such as ClickOnce publishes) use it so that there is one zip reader to harden, not several.
 *
 * <p>A sink sees an entry only after the whole central directory passed, so its name is safe to use
 * as a relative path; but a limit can still stop the pass halfway, after some entries were written.
 * Whoever extracts must therefore write to a staging place and discard it on refusal.
 */
public final class CheckedZip {

  /** Where the content of one file entry goes. */
  @FunctionalInterface
  public interface EntrySink {
    /**
     * A stream for the entry {@code name} (safe, {@code /}-separated), closed after its content, or
     * {@code null} to skip the content (it is still inflated and counted).
     */
    OutputStream open(String name) throws IOException;
  }

  /**
   * A zip that passed.
   *
   * @param files its files in zip order, directories left out
   * @param entryCount all entries, directories included
   * @param uncompressedBytes the inflated size of all files together
   * @param sha256 SHA-256 of the zip file, 64 lowercase hex digits
   * @param size the zip file's size in bytes
   */
  public record Content(
      List<PackageEntry> files, int entryCount, long uncompressedBytes, String sha256, long size) {

    public Content {
      files = List.copyOf(files);
    }
  }

  private CheckedZip() {}

  /**
   * Checks {@code zipFile} against {@code limits}, streaming each file entry into {@code sink}.
   *
   * @throws PackageRefusedException (field {@code package}, or whatever the sink throws) when the
   *     zip is refused
   * @throws UncheckedIOException when the file cannot be opened at all, or the sink fails
   */
  public static Content read(Path zipFile, PackageLimits limits, EntrySink sink) {
    long size = sizeOf(zipFile);
    if (size > limits.maxPackageBytes()) {
      throw PackageRefusedException.zip("is larger than " + limits.maxPackageBytes() + " bytes");
    }
    List<CentralEntry> directory;
    try {
      directory = CentralDirectory.read(zipFile, limits.maxEntries());
    } catch (IOException e) {
      throw notReadable(e);
    }
    checkEntries(directory, limits);
    InflatedContent.Outcome content;
    try {
      content = InflatedContent.read(zipFile, size, directory, limits, new Guarded(sink));
    } catch (SinkFailure e) {
      throw new UncheckedIOException("Cannot write entry content", (IOException) e.getCause());
    } catch (IOException e) {
      throw notReadable(e);
    }
    return new Content(
        content.files(), directory.size(), content.uncompressedBytes(), content.sha256(), size);
  }

  private static void checkEntries(List<CentralEntry> directory, PackageLimits limits) {
    for (CentralEntry entry : directory) {
      EntryNames.check(entry.name(), limits);
      String linkProblem = entry.linkProblem();
      if (linkProblem != null) {
        throw PackageRefusedException.zip("entry '" + entry.name() + "' " + linkProblem);
      }
    }
    EntryNames.checkUnique(directory);
  }

  private static PackageRefusedException notReadable(IOException e) {
    return new PackageRefusedException("package", "is not a readable zip: " + e.getMessage(), e);
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the package " + file, e);
    }
  }

  /**
   * Tells a failing sink (a full disk) apart from a broken zip, which both surface as {@link
   * IOException}: only the latter is the uploader's fault.
   */
  private static final class SinkFailure extends IOException {
    SinkFailure(IOException cause) {
      super(cause);
    }
  }

  private record Guarded(EntrySink sink) implements EntrySink {
    @Override
    public OutputStream open(String name) throws IOException {
      OutputStream out;
      try {
        out = sink.open(name);
      } catch (IOException e) {
        throw new SinkFailure(e);
      }
      return out == null ? null : new GuardedStream(out);
    }
  }

  private static final class GuardedStream extends OutputStream {
    private final OutputStream out;

    GuardedStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        throw new SinkFailure(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } catch (IOException e) {
        throw new SinkFailure(e);
      }
    }
  }
}

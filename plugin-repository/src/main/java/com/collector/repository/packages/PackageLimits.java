package com.collector.repository.packages;

/**
 * Limits a package must stay within.
 *
 * @param maxPackageBytes the size of the zip file itself
 * @param maxEntries entries in the zip, directories included
 * @param maxUncompressedBytes all entries together, counted from the bytes actually inflated
 * @param maxCompressionRatio inflated to compressed bytes, per entry and for the whole package;
 *     applied only once an entry passes {@link #RATIO_FREE_BYTES}, so a small text file of
 *     repetitive content is fine
 * @param maxPathDepth path segments of an entry name ({@code a/b/c.dll} has three)
 * @param maxNameLength characters of an entry name
 */
public record PackageLimits(
    long maxPackageBytes,
    int maxEntries,
    long maxUncompressedBytes,
    int maxCompressionRatio,
    int maxPathDepth,
    int maxNameLength) {

  /** Below this many inflated bytes an entry's compression ratio is not checked. */
  public static final long RATIO_FREE_BYTES = 1024 * 1024;

  public PackageLimits {
    if (maxPackageBytes <= 0
        || maxEntries <= 0
        || maxUncompressedBytes <= 0
        || maxCompressionRatio <= 0
        || maxPathDepth <= 0
        || maxNameLength <= 0) {
      throw new IllegalArgumentException("package limits must be positive");
    }
  }

  /**
   * 200 MiB package, 10 000 entries, 1 GiB inflated, ratio 100, depth 16, names of 240 characters
   * (leaves room below the Windows path limit for the Collector's plugin folder).
   */
  public static PackageLimits defaults() {
    return new PackageLimits(200L << 20, 10_000, 1L << 30, 100, 16, 240);
  }

  public PackageLimits withMaxEntries(int entries) {
    return new PackageLimits(
        maxPackageBytes,
        entries,
        maxUncompressedBytes,
        maxCompressionRatio,
        maxPathDepth,
        maxNameLength);
  }

  public PackageLimits withMaxUncompressedBytes(long bytes) {
    return new PackageLimits(
        maxPackageBytes, maxEntries, bytes, maxCompressionRatio, maxPathDepth, maxNameLength);
  }

  public PackageLimits withMaxPackageBytes(long bytes) {
    return new PackageLimits(
        bytes, maxEntries, maxUncompressedBytes, maxCompressionRatio, maxPathDepth, maxNameLength);
  }
}

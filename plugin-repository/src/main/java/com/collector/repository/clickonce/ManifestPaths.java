package com.collector.repository.clickonce;

/**
 * Turns a path a manifest declares ({@code Application Files\Collector_1_2_3_4\Collector.dll}) into
 * a zip entry name. Manifests come from the upload too, so a path must stay relative and inside.
 */
final class ManifestPaths {

  private ManifestPaths() {}

  /**
   * The entry name of {@code declared} relative to {@code folder} ({@code ""} or ending in {@code
   * /}), with {@code suffix} appended ({@code .deploy} or {@code ""}).
   *
   * @throws PublishRefusedException with {@code field} when the path is absolute or has {@code .},
   *     {@code ..} or empty segments
   */
  static String entryName(String folder, String declared, String suffix, String field) {
    String path = declared.replace('\\', '/');
    if (path.startsWith("/") || path.contains(":")) {
      throw new PublishRefusedException(field, "the path '" + declared + "' is not relative");
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new PublishRefusedException(
            field, "the path '" + declared + "' has an empty, '.' or '..' segment");
      }
    }
    return folder + path + suffix;
  }
}

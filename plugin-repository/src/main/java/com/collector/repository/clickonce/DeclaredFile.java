package com.collector.repository.clickonce;

import org.w3c.dom.Element;

/**
 * A file a manifest refers to: a {@code file} element, or a {@code dependentAssembly} to install.
 *
 * @param path as declared ({@code name} or {@code codebase}), relative, usually with backslashes
 * @param size the declared size in bytes
 * @param digest the declared hash
 */
public record DeclaredFile(String path, long size, DeclaredDigest digest) {

  /** Reads a file from an element whose path is in the attribute {@code pathAttribute}. */
  static DeclaredFile of(Element element, String pathAttribute, String field, String where) {
    String path = ManifestXml.attribute(element, pathAttribute);
    if (path == null || path.isBlank()) {
      throw new PublishRefusedException(field, where + " has an entry without " + pathAttribute);
    }
    String what = where + " entry '" + path + "'";
    String size = ManifestXml.attribute(element, "size");
    long bytes;
    try {
      bytes = Long.parseLong(size == null ? "" : size);
    } catch (NumberFormatException e) {
      bytes = -1;
    }
    if (bytes < 0) {
      throw new PublishRefusedException(field, what + " has no valid size");
    }
    return new DeclaredFile(path, bytes, DeclaredDigest.of(element, field, what));
  }
}

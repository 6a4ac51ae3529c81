package com.collector.repository.packages;

/**
 * A plugin package was refused. {@link #field()} says where the problem is, for a 400/422 answer:
 * {@code package} (the zip itself: structure, entry names, links, limits), {@code manifest}
 * (missing or unreadable), or {@code manifest.<key>} such as {@code manifest.id} or {@code
 * manifest.version}.
 */
public class PackageRefusedException extends RuntimeException {

  private final String field;

  public PackageRefusedException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  public PackageRefusedException(String field, String message, Throwable cause) {
    super(field + ": " + message, cause);
    this.field = field;
  }

  /** Where the problem is: {@code package}, {@code manifest} or {@code manifest.<key>}. */
  public String field() {
    return field;
  }

  static PackageRefusedException zip(String message) {
    return new PackageRefusedException("package", message);
  }
}

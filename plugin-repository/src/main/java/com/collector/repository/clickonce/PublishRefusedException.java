package com.collector.repository.clickonce;

/**
 * A ClickOnce publish was refused. {@link #field()} says where the first problem is, for a 400/422
 * answer; the message names the entry or file concerned:
 *
 * <ul>
 *   <li>{@code zip}: the zip itself (structure, unsafe names, links, entry count, size limits);
 *   <li>{@code deploymentManifest}: no or several {@code *.application} at the root, unreadable;
 *   <li>{@code deploymentManifest.version}: differs from the expected release version;
 *   <li>{@code applicationManifest}: the manifest the deployment manifest points to is missing or
 *       unreadable; {@code applicationManifest.size}, {@code applicationManifest.hash}: it differs
 *       from what the deployment manifest declares; {@code applicationManifest.version}, {@code
 *       applicationManifest.identity}: its identity differs from the deployment's;
 *   <li>{@code file}, {@code file.size}, {@code file.hash}: a file the application manifest lists
 *       is missing (after {@code .deploy} mapping), or its size or digest differs.
 * </ul>
 */
public class PublishRefusedException extends RuntimeException {

  private final String field;

  public PublishRefusedException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  public PublishRefusedException(String field, String message, Throwable cause) {
    super(field + ": " + message, cause);
    this.field = field;
  }

  /**
   * Where the problem is, such as {@code zip}, {@code file.hash} or {@code applicationManifest}.
   */
  public String field() {
    return field;
  }
}

package com.collector.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A verified update decision.
 *
 * @param version the decision version (grows with the release set)
 * @param issuedAt when it was signed
 * @param expires after when it is no longer trusted
 * @param installationId the installation it was made for
 * @param subscription {@code ok}, {@code grace} or {@code none}
 * @param requiredApp the mandatory app version, null when none
 * @param appUrl where the mandatory app is, null when none
 * @param plugins one step per plugin
 */
public record Decision(
    long version,
    Instant issuedAt,
    Instant expires,
    long installationId,
    String subscription,
    String requiredApp,
    String appUrl,
    List<Step> plugins) {

  public Decision {
    plugins = List.copyOf(plugins);
  }

  /**
   * What to do with one plugin.
   *
   * @param id plugin id
   * @param action {@code install}, {@code update}, {@code remove} or {@code keep}
   * @param version the version to install or keep
   * @param size package size in bytes ({@code install}/{@code update}, else -1)
   * @param sha256 package SHA-256 (hex)
   * @param signature RS256 signature over the 32 digest bytes (base64url)
   * @param keyId the key that signed it
   * @param url download path, relative to the portal
   */
  public record Step(
      String id,
      String action,
      String version,
      long size,
      String sha256,
      String signature,
      String keyId,
      String url) {

    /** Whether this step downloads a package. */
    public boolean downloads() {
      return "install".equals(action) || "update".equals(action);
    }
  }

  /** The decision in {@code payload}, a parsed JWS payload. */
  @SuppressWarnings("unchecked")
  static Decision of(Map<String, Object> payload) {
    Map<String, Object> subscription = (Map<String, Object>) payload.get("subscription");
    Map<String, Object> app = (Map<String, Object>) payload.get("app");
    List<Object> plugins = (List<Object>) payload.get("plugins");
    return new Decision(
        number(payload.get("decisionVersion")),
        Instant.parse((String) payload.get("issuedAt")),
        Instant.parse((String) payload.get("expires")),
        number(payload.get("installationId")),
        subscription == null ? null : (String) subscription.get("status"),
        app == null ? null : (String) app.get("required"),
        app == null ? null : (String) app.get("url"),
        plugins == null
            ? List.of()
            : plugins.stream().map(p -> step((Map<String, Object>) p)).toList());
  }

  private static Step step(Map<String, Object> plugin) {
    Object size = plugin.get("size");
    return new Step(
        (String) plugin.get("id"),
        (String) plugin.get("action"),
        (String) plugin.get("version"),
        size == null ? -1 : number(size),
        (String) plugin.get("sha256"),
        (String) plugin.get("signature"),
        (String) plugin.get("keyId"),
        (String) plugin.get("url"));
  }

  private static long number(Object value) {
    if (!(value instanceof Long number)) {
      throw new IllegalArgumentException("Not an integer: " + value);
    }
    return number;
  }
}

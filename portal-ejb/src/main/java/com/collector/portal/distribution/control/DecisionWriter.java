package com.collector.portal.distribution.control;

import com.collector.repository.signing.Signer;
import com.collector.repository.storage.Sha256;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Writes an {@link UpdateDecision} as a JWS compact serialization signed RS256 by the package
 * signing key ({@code kid} = its key id), so a Collector verifies it with the keys of {@code
 * /api/collector/v1/keys}.
 */
public final class DecisionWriter {

  /** Looked up once: {@code Json.create…} searches the class path for a provider at every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  /** Where plugin packages are downloaded, relative to the portal. */
  public static final String PLUGIN_PATH = "/api/collector/v1/plugins/";

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final Signer signer;
  private final String appUrl;

  public DecisionWriter(Signer signer, String appUrl) {
    this.signer = signer;
    this.appUrl = appUrl;
  }

  /** Signs the payload of {@code decision}. */
  public SignedDecision write(
      UpdateDecision decision,
      long installationId,
      long decisionVersion,
      Instant issuedAt,
      Instant expires) {
    JsonObject payload = payload(decision, installationId, decisionVersion, issuedAt, expires);
    JsonObject header =
        JSON.createObjectBuilder()
            .add("alg", signer.jwsAlgorithm())
            .add("kid", signer.keyId())
            .add("typ", "JOSE")
            .build();
    String input = encode(header.toString()) + "." + encode(payload.toString());
    byte[] signature = signer.sign(input.getBytes(StandardCharsets.US_ASCII));
    String jws = input + "." + B64.encodeToString(signature);
    String etag = "\"" + hash(jws) + "\"";
    return new SignedDecision(jws, etag, decisionVersion, expires);
  }

  static JsonObject payload(
      UpdateDecision decision,
      long installationId,
      long decisionVersion,
      Instant issuedAt,
      Instant expires,
      String appUrl) {
    JsonObjectBuilder subscription =
        JSON.createObjectBuilder().add("status", decision.access().status());
    if (decision.access().reason() != null) {
      subscription.add("reason", decision.access().reason());
    }
    JsonObjectBuilder payload =
        JSON.createObjectBuilder()
            .add("decisionVersion", decisionVersion)
            .add("issuedAt", issuedAt.toString())
            .add("expires", expires.toString())
            .add("installationId", installationId)
            .add("subscription", subscription);
    if (decision.requiredApp() == null) {
      payload.addNull("app");
    } else {
      payload.add(
          "app",
          JSON.createObjectBuilder()
              .add("required", decision.requiredApp().version())
              .add("url", appUrl));
    }
    JsonArrayBuilder plugins = JSON.createArrayBuilder();
    for (PluginAction action : decision.plugins()) {
      plugins.add(plugin(action));
    }
    return payload.add("plugins", plugins).build();
  }

  private JsonObject payload(
      UpdateDecision decision,
      long installationId,
      long decisionVersion,
      Instant issuedAt,
      Instant expires) {
    return payload(decision, installationId, decisionVersion, issuedAt, expires, appUrl);
  }

  private static JsonObjectBuilder plugin(PluginAction action) {
    JsonObjectBuilder plugin =
        JSON.createObjectBuilder()
            .add("id", action.id())
            .add("action", action.action())
            .add("version", action.version());
    if (action.offer() != null) {
      var pkg = action.offer().signedPackage();
      plugin
          .add("size", pkg.size())
          .add("sha256", pkg.sha256())
          .add("signature", pkg.signature())
          .add("keyId", pkg.keyId())
          .add("url", PLUGIN_PATH + action.id() + "/" + action.version());
    }
    return plugin;
  }

  /** SHA-256 of {@code text} (UTF-8) as lowercase hex. */
  public static String hash(String text) {
    return HexFormat.of()
        .formatHex(Sha256.newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String encode(String json) {
    return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}

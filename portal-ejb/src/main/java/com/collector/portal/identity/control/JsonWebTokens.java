package com.collector.portal.identity.control;

import com.collector.repository.signing.Signer;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Compact RS256 JSON Web Tokens with the claims MicroProfile JWT defines ({@code iss}, {@code sub},
 * {@code upn}, {@code groups}, {@code exp}, {@code iat}, {@code jti}) plus {@code org}, the
 * organization path, and {@code customer} for a Collector's token bound to one customer.
 */
public class JsonWebTokens {

  /** Looked up once: {@code Json.create…} searches the class path for a provider at every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  /** Clock difference tolerated between instances. */
  static final Duration SKEW = Duration.ofSeconds(30);

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final Signer signer;
  private final String issuer;

  public JsonWebTokens(Signer signer, String issuer) {
    this.signer = signer;
    this.issuer = issuer;
  }

  public String issue(AccessTokenClaims claims) {
    JsonArrayBuilder groups = JSON.createArrayBuilder();
    claims.groups().stream().sorted().forEach(groups::add);
    JsonObject header =
        JSON.createObjectBuilder()
            .add("alg", "RS256")
            .add("typ", "JWT")
            .add("kid", signer.keyId())
            .build();
    JsonObjectBuilder payload =
        JSON.createObjectBuilder()
            .add("iss", issuer)
            .add("sub", claims.subject())
            .add("upn", claims.email())
            .add("org", claims.organizationPath())
            .add("groups", groups)
            .add("iat", claims.issuedAt().getEpochSecond())
            .add("exp", claims.expiresAt().getEpochSecond())
            .add("jti", UUID.randomUUID().toString());
    if (claims.customerId() != null) {
      payload.add("customer", claims.customerId());
    }
    String signingInput = encode(header.toString()) + "." + encode(payload.build().toString());
    return signingInput
        + "."
        + ENCODER.encodeToString(signer.sign(signingInput.getBytes(StandardCharsets.US_ASCII)));
  }

  /** The token's claims if it is well formed, signed by our key, from our issuer and current. */
  /** Whether a token issued and expiring at these times may be used at {@code now}. */
  static boolean inForce(Instant issued, Instant expires, Instant now) {
    return expires.plus(SKEW).isAfter(now) && !issued.minus(SKEW).isAfter(now);
  }

  public Optional<AccessTokenClaims> verify(String token, Instant now) {
    String[] parts = token == null ? new String[0] : token.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      JsonObject header = parse(parts[0]);
      if (!"RS256".equals(header.getString("alg", ""))
          || !signer.keyId().equals(header.getString("kid", ""))) {
        return Optional.empty();
      }
      Signature verifier = Signature.getInstance("SHA256withRSA");
      verifier.initVerify(signer.publicKey());
      verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!verifier.verify(DECODER.decode(parts[2]))) {
        return Optional.empty();
      }
      JsonObject payload = parse(parts[1]);
      Instant expires = Instant.ofEpochSecond(payload.getJsonNumber("exp").longValue());
      Instant issued = Instant.ofEpochSecond(payload.getJsonNumber("iat").longValue());
      if (!issuer.equals(payload.getString("iss", "")) || !inForce(issued, expires, now)) {
        return Optional.empty();
      }
      Set<String> groups = new LinkedHashSet<>();
      for (JsonValue group : payload.getJsonArray("groups")) {
        groups.add(((JsonString) group).getString());
      }
      return Optional.of(
          new AccessTokenClaims(
              payload.getString("sub"),
              payload.getString("upn"),
              payload.getString("org"),
              groups,
              issued,
              expires,
              payload.containsKey("customer")
                  ? payload.getJsonNumber("customer").longValueExact()
                  : null));
    } catch (RuntimeException | GeneralSecurityException malformed) {
      return Optional.empty();
    }
  }

  private static String encode(String json) {
    return ENCODER.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject parse(String part) {
    try (JsonReader reader =
        JSON.createReader(
            new StringReader(new String(DECODER.decode(part), StandardCharsets.UTF_8)))) {
      return reader.readObject();
    }
  }
}

package com.collector.portal.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.repository.signing.LocalKeyStoreSigner;
import com.collector.repository.signing.Signer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonWebTokensTest {

  private static final String ISSUER = "collector-portal";
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  // RSA keys are slow to generate: one pair for the whole class, read-only afterwards.
  @TempDir static Path keys;
  private static Signer ourKey;
  private static Signer otherKey;

  private JsonWebTokens cut;

  @BeforeAll
  static void createKeys() {
    ourKey = LocalKeyStoreSigner.openOrCreate(keys, "api-token", "CN=test");
    otherKey = LocalKeyStoreSigner.openOrCreate(keys, "other-token", "CN=other");
  }

  @BeforeEach
  void createCut() {
    cut = new JsonWebTokens(ourKey, ISSUER);
  }

  @Test
  void anIssuedTokenVerifiesToTheSameClaims() {
    AccessTokenClaims claims = claims(NOW.minusSeconds(60), NOW.plusSeconds(600));

    assertThat(cut.verify(cut.issue(claims), NOW)).contains(claims);
  }

  @Test
  void anIssuedTokenIsACompactRs256JwtWithTheMicroProfileClaims() {
    String[] parts = cut.issue(claims(NOW, NOW.plusSeconds(600))).split("\\.");

    JsonObject header = json(parts[0]);
    assertThat(header.getString("alg")).isEqualTo("RS256");
    assertThat(header.getString("typ")).isEqualTo("JWT");
    assertThat(header.getString("kid")).isEqualTo(ourKey.keyId());
    JsonObject payload = json(parts[1]);
    assertThat(payload.getString("iss")).isEqualTo(ISSUER);
    assertThat(payload.getString("sub")).isEqualTo("42");
    assertThat(payload.getString("upn")).isEqualTo("ada@example.com");
    assertThat(payload.getString("org")).isEqualTo("/1/17/");
    assertThat(payload.getJsonArray("groups").getValuesAs(JsonString::getString))
        .containsExactly("ADMINISTER", "VIEW");
    assertThat(payload.getJsonNumber("iat").longValue()).isEqualTo(NOW.getEpochSecond());
    assertThat(payload.getJsonNumber("exp").longValue()).isEqualTo(NOW.getEpochSecond() + 600);
    assertThat(payload.getString("jti")).isNotBlank();
  }

  @Test
  void aCollectorTokenCarriesItsCustomer() {
    AccessTokenClaims bound =
        new AccessTokenClaims(
            "42",
            "ada@example.com",
            "/1/17/99/",
            Set.of("VIEW", "RUN_EXTRACTION"),
            NOW,
            NOW.plusSeconds(600),
            99L);

    String token = cut.issue(bound);

    assertThat(json(token.split("\\.")[1]).getJsonNumber("customer").longValue()).isEqualTo(99);
    assertThat(cut.verify(token, NOW)).contains(bound);
    assertThat(json(cut.issue(claims(NOW, NOW.plusSeconds(600))).split("\\.")[1]))
        .doesNotContainKey("customer");
  }

  @Test
  void eachTokenHasItsOwnId() {
    AccessTokenClaims claims = claims(NOW, NOW.plusSeconds(600));

    String first = json(cut.issue(claims).split("\\.")[1]).getString("jti");
    String second = json(cut.issue(claims).split("\\.")[1]).getString("jti");

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void aTokenWithATamperedPayloadIsRefused() {
    String[] parts = cut.issue(claims(NOW, NOW.plusSeconds(600))).split("\\.");
    JsonObject widened = Json.createObjectBuilder(json(parts[1])).add("org", "/1/").build();

    String tampered = parts[0] + "." + encode(widened.toString()) + "." + parts[2];

    assertThat(cut.verify(tampered, NOW)).isEmpty();
  }

  @Test
  void aTokenWithATamperedSignatureIsRefused() {
    String[] parts = cut.issue(claims(NOW, NOW.plusSeconds(600))).split("\\.");
    byte[] signature = DECODER.decode(parts[2]);
    signature[10] ^= 0x01;

    String tampered = parts[0] + "." + parts[1] + "." + ENCODER.encodeToString(signature);

    assertThat(cut.verify(tampered, NOW)).isEmpty();
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() {
    JsonWebTokens otherIssuer = new JsonWebTokens(ourKey, "someone-else");

    assertThat(cut.verify(otherIssuer.issue(claims(NOW, NOW.plusSeconds(600))), NOW)).isEmpty();
  }

  @Test
  void aTokenIsAcceptedUpToThirtySecondsAfterItExpired() {
    String token = cut.issue(claims(NOW.minusSeconds(600), NOW));

    assertThat(cut.verify(token, NOW.plusSeconds(29))).isPresent();
    assertThat(cut.verify(token, NOW.plusSeconds(30))).isEmpty();
    assertThat(cut.verify(token, NOW.plus(Duration.ofHours(1)))).isEmpty();
  }

  @Test
  void aTokenIssuedMoreThanThirtySecondsInTheFutureIsRefused() {
    String slightlyAhead = cut.issue(claims(NOW.plusSeconds(30), NOW.plusSeconds(600)));
    String farAhead = cut.issue(claims(NOW.plusSeconds(31), NOW.plusSeconds(600)));

    assertThat(cut.verify(slightlyAhead, NOW)).isPresent();
    assertThat(cut.verify(farAhead, NOW)).isEmpty();
  }

  @Test
  void aTokenSignedByAnotherKeyIsRefused() {
    JsonWebTokens otherKeysTokens = new JsonWebTokens(otherKey, ISSUER);

    assertThat(cut.verify(otherKeysTokens.issue(claims(NOW, NOW.plusSeconds(600))), NOW)).isEmpty();
  }

  @Test
  void aTokenSignedByAnotherKeyButNamingOurKeyIsRefused() {
    JsonObject header = header("RS256", ourKey.keyId());
    JsonObject payload = payload(NOW, NOW.plusSeconds(600));

    assertThat(cut.verify(signedToken(ourKey, header, payload), NOW))
        .as("control: the hand-made token verifies when really signed by our key")
        .isPresent();
    assertThat(cut.verify(signedToken(otherKey, header, payload), NOW)).isEmpty();
  }

  @Test
  void anUnsignedTokenWithAlgorithmNoneIsRefused() {
    String unsigned =
        encode(header("none", ourKey.keyId()).toString())
            + "."
            + encode(payload(NOW, NOW.plusSeconds(600)).toString())
            + ".";

    assertThat(cut.verify(unsigned, NOW)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "RS512", "PS256", "HS256", "rs256", ""})
  void aTokenNamingAnotherAlgorithmIsRefusedEvenWhenSignedByOurKey(String algorithm) {
    JsonObject payload = payload(NOW, NOW.plusSeconds(600));

    assertThat(cut.verify(signedToken(ourKey, header(algorithm, ourKey.keyId()), payload), NOW))
        .isEmpty();
  }

  @Test
  void aTokenMacedWithThePublicKeyAsHs256SecretIsRefused() throws Exception {
    String signingInput =
        encode(header("HS256", ourKey.keyId()).toString())
            + "."
            + encode(payload(NOW, NOW.plusSeconds(600)).toString());
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(ourKey.publicKey().getEncoded(), "HmacSHA256"));
    byte[] tag = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));

    assertThat(cut.verify(signingInput + "." + ENCODER.encodeToString(tag), NOW)).isEmpty();
  }

  @Test
  void aWellSignedTokenWithoutTheRequiredClaimsIsRefusedWithoutThrowing() {
    JsonObject noTimes = Json.createObjectBuilder().add("iss", ISSUER).add("sub", "42").build();

    assertThat(cut.verify(signedToken(ourKey, header("RS256", ourKey.keyId()), noTimes), NOW))
        .isEmpty();
  }

  @Test
  void aTokenWithAnAppendedPartIsRefused() {
    String token = cut.issue(claims(NOW, NOW.plusSeconds(600)));

    assertThat(cut.verify(token + ".", NOW)).isEmpty();
    assertThat(cut.verify(token + ".AAAA", NOW)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "garbage",
        "a.b",
        "a.b.c",
        "..",
        "...",
        "%%%.%%%.%%%",
        "eyJhbGciOiJSUzI1NiJ9.e30.",
        "bm90IGpzb24.bm90IGpzb24.c2ln",
        "W10.W10.c2ln"
      })
  void garbageIsRefusedWithoutThrowing(String token) {
    assertThat(cut.verify(token, NOW)).isEmpty();
  }

  private static AccessTokenClaims claims(Instant issuedAt, Instant expiresAt) {
    return new AccessTokenClaims(
        "42", "ada@example.com", "/1/17/", Set.of("VIEW", "ADMINISTER"), issuedAt, expiresAt, null);
  }

  private static JsonObject header(String algorithm, String keyId) {
    return Json.createObjectBuilder()
        .add("alg", algorithm)
        .add("typ", "JWT")
        .add("kid", keyId)
        .build();
  }

  private static JsonObject payload(Instant issuedAt, Instant expiresAt) {
    return Json.createObjectBuilder()
        .add("iss", ISSUER)
        .add("sub", "42")
        .add("upn", "ada@example.com")
        .add("org", "/1/")
        .add("groups", Json.createArrayBuilder().add("VIEW"))
        .add("iat", issuedAt.getEpochSecond())
        .add("exp", expiresAt.getEpochSecond())
        .add("jti", "hand-made")
        .build();
  }

  private static String signedToken(Signer key, JsonObject header, JsonObject payload) {
    String signingInput = encode(header.toString()) + "." + encode(payload.toString());
    return signingInput
        + "."
        + ENCODER.encodeToString(key.sign(signingInput.getBytes(StandardCharsets.US_ASCII)));
  }

  private static String encode(String json) {
    return ENCODER.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject json(String part) {
    try (JsonReader reader =
        Json.createReader(
            new StringReader(new String(DECODER.decode(part), StandardCharsets.UTF_8)))) {
      return reader.readObject();
    }
  }
}

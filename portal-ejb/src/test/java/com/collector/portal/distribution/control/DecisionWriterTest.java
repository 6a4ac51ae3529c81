package com.collector.portal.distribution.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.distribution.entity.ReleaseState;
import com.collector.portal.distribution.entity.SignedPackage;
import com.collector.repository.signing.Signer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionWriterTest {

  private static final KeyPair PAIR = pair();
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  private static KeyPair pair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final Signer SIGNER =
      new Signer() {
        @Override
        public String keyId() {
          return "kid-1";
        }

        @Override
        public String jwsAlgorithm() {
          return "RS256";
        }

        @Override
        public byte[] sign(byte[] data) {
          try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(PAIR.getPrivate());
            signature.update(data);
            return signature.sign();
          } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
          }
        }

        @Override
        public PublicKey publicKey() {
          return PAIR.getPublic();
        }

        @Override
        public X509Certificate certificate() {
          return null;
        }
      };

  private static Offer offer(String product, boolean app, String version) {
    return new Offer(
        product,
        app,
        version,
        "stable",
        null,
        null,
        true,
        100,
        ReleaseState.PUBLISHED,
        product + "@" + version,
        new SignedPackage("c".repeat(64), 42, "sig", "kid-0", "RS256"));
  }

  private static boolean verifies(String jws) throws GeneralSecurityException {
    String[] parts = jws.split("\\.");
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(PAIR.getPublic());
    verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    return verifier.verify(Base64.getUrlDecoder().decode(parts[2]));
  }

  private static JsonObject part(String jws, int index) {
    String json =
        new String(Base64.getUrlDecoder().decode(jws.split("\\.")[index]), StandardCharsets.UTF_8);
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void writesACompactJwsSignedWithThePackageKey() throws Exception {
    UpdateDecision decision =
        new UpdateDecision(
            new Access(Access.OK, null, Set.of("ocr")),
            offer("collector", true, "4.3.0.0"),
            List.of(
                new PluginAction("ocr", PluginAction.UPDATE, "1.1.0", offer("ocr", false, "1.1.0")),
                new PluginAction("old", PluginAction.REMOVE, "0.1.0", null)));

    SignedDecision signed =
        new DecisionWriter(SIGNER, "https://portal.example/app/Collector.application")
            .write(decision, 9, 77, NOW, NOW.plus(Duration.ofHours(24)));

    assertThat(verifies(signed.jws())).isTrue();
    JsonObject header = part(signed.jws(), 0);
    assertThat(header.getString("alg")).isEqualTo("RS256");
    assertThat(header.getString("kid")).isEqualTo("kid-1");
    JsonObject payload = part(signed.jws(), 1);
    assertThat(payload.getJsonNumber("decisionVersion").longValue()).isEqualTo(77);
    assertThat(payload.getInt("installationId")).isEqualTo(9);
    assertThat(payload.getString("issuedAt")).isEqualTo("2026-11-25T12:00:00Z");
    assertThat(payload.getString("expires")).isEqualTo("2026-11-26T12:00:00Z");
    assertThat(payload.getJsonObject("subscription").getString("status")).isEqualTo("ok");
    assertThat(payload.getJsonObject("app").getString("required")).isEqualTo("4.3.0.0");
    assertThat(payload.getJsonObject("app").getString("url")).endsWith("Collector.application");
    JsonObject update = payload.getJsonArray("plugins").getJsonObject(0);
    assertThat(update.getString("action")).isEqualTo("update");
    assertThat(update.getInt("size")).isEqualTo(42);
    assertThat(update.getString("sha256")).isEqualTo("c".repeat(64));
    assertThat(update.getString("signature")).isEqualTo("sig");
    assertThat(update.getString("keyId")).isEqualTo("kid-0");
    assertThat(update.getString("url")).isEqualTo("/api/collector/v1/plugins/ocr/1.1.0");
    JsonObject remove = payload.getJsonArray("plugins").getJsonObject(1);
    assertThat(remove.containsKey("url")).isFalse();
    assertThat(signed.etag()).isEqualTo("\"" + DecisionWriter.hash(signed.jws()) + "\"");
    String[] parts = signed.jws().split("\\.");
    String other = parts[0] + "." + parts[1].replace('A', 'B') + "." + parts[2];
    assertThat(verifies(other)).as("a changed payload no longer verifies").isFalse();
  }

  @Test
  void saysWhyNoPluginsAreOfferedAndThatNoAppIsRequired() {
    UpdateDecision decision =
        new UpdateDecision(new Access(Access.NONE, "no subscription", Set.of()), null, List.of());

    SignedDecision signed = new DecisionWriter(SIGNER, "/app").write(decision, 1, 1, NOW, NOW);

    JsonObject payload = part(signed.jws(), 1);
    assertThat(payload.getJsonObject("subscription").getString("status")).isEqualTo("none");
    assertThat(payload.getJsonObject("subscription").getString("reason"))
        .isEqualTo("no subscription");
    assertThat(payload.isNull("app")).isTrue();
    assertThat(payload.getJsonArray("plugins")).isEmpty();
  }
}

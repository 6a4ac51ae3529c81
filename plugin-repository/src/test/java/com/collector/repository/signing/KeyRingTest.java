package com.collector.repository.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeyRingTest {

  private Signer old;
  private Signer next;

  @BeforeEach
  void makeKeys() throws Exception {
    old = new PublicOnlySigner();
    next = new PublicOnlySigner();
  }

  @Test
  void afterARotationTheOldKeyStaysPublishedBehindTheNewOne() {
    KeyRing cut = new KeyRing(old, List.of()).rotatedTo(next);

    assertThat(cut.current()).isSameAs(next);
    assertThat(cut.published())
        .extracting(PublishedKey::keyId)
        .containsExactly(next.keyId(), old.keyId());
    assertThat(cut.publicKey(old.keyId())).contains(old.publicKey());
    assertThat(cut.publicKey(next.keyId())).contains(next.publicKey());
    assertThat(cut.publicKey("unknown")).isEmpty();
  }

  @Test
  void aWithdrawnKeyIsNoLongerPublishedButTheCurrentOneCannotBe() {
    KeyRing cut = new KeyRing(next, List.of(PublishedKey.of(old))).withoutRetired(old.keyId());

    assertThat(cut.published()).extracting(PublishedKey::keyId).containsExactly(next.keyId());
    assertThat(cut.publicKey(old.keyId())).isEmpty();
    assertThatThrownBy(() -> cut.withoutRetired(next.keyId()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCurrentKeyIsPublishedOnceEvenWhenAlsoListedAsRetired() {
    KeyRing cut = new KeyRing(next, List.of(PublishedKey.of(next), PublishedKey.of(old)));

    assertThat(cut.published())
        .extracting(PublishedKey::keyId)
        .containsExactly(next.keyId(), old.keyId());
  }

  @Test
  void theJwksCarriesEveryPublishedKeyInThePortalsFormat() throws Exception {
    String jwks = new KeyRing(old, List.of()).rotatedTo(next).jwks();

    List<Map<String, Object>> published = keysOf(jwks);
    assertThat(published).hasSize(2);
    assertThat(published.get(0))
        .containsOnlyKeys("kty", "use", "alg", "kid", "n", "e")
        .containsEntry("kty", "RSA")
        .containsEntry("use", "sig")
        .containsEntry("alg", "RS256")
        .containsEntry("kid", next.keyId());
    assertThat(published.get(1)).containsEntry("kid", old.keyId());
    assertThat(rsaKey(published.get(0))).isEqualTo(next.publicKey());
    assertThat(rsaKey(published.get(1))).isEqualTo(old.publicKey());
  }

  /** A 2048-bit key: a ring only reads what a signer publishes (a local store makes 3072 bits). */
  private static final class PublicOnlySigner implements Signer {
    private final PublicKey publicKey;

    PublicOnlySigner() throws Exception {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      publicKey = generator.generateKeyPair().getPublic();
    }

    @Override
    public String keyId() {
      return KeyIds.of(publicKey);
    }

    @Override
    public String jwsAlgorithm() {
      return "RS256";
    }

    @Override
    public byte[] sign(byte[] data) {
      throw new UnsupportedOperationException("a key ring never signs");
    }

    @Override
    public PublicKey publicKey() {
      return publicKey;
    }

    @Override
    public X509Certificate certificate() {
      throw new UnsupportedOperationException("a key ring reads no certificate");
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> keysOf(String jwks) throws Exception {
    try (JsonReader reader = JsonProviders.createReader(jwks)) {
      return (List<Map<String, Object>>) reader.readMap(JsonReader::readUntyped).get("keys");
    }
  }

  private static PublicKey rsaKey(Map<String, Object> jwk) throws Exception {
    return KeyFactory.getInstance("RSA")
        .generatePublic(new RSAPublicKeySpec(unsigned(jwk.get("n")), unsigned(jwk.get("e"))));
  }

  private static BigInteger unsigned(Object base64url) {
    return new BigInteger(1, Base64.getUrlDecoder().decode((String) base64url));
  }
}

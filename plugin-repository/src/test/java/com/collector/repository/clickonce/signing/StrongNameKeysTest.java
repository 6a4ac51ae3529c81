package com.collector.repository.clickonce.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.Test;

class StrongNameKeysTest {

  private final VerifiedManifest fixture =
      new ManifestVerifier().verify(Fixtures.realSignedManifest());

  @Test
  void publicKeyTokenIsTheOneWindowsComputed() {
    RSAPublicKey key = (RSAPublicKey) fixture.certificate().getPublicKey();

    assertThat(StrongNameKeys.publicKeyToken(key)).isEqualTo("33ceee8f3f6b9ab8");
  }

  @Test
  void issuerKeyHashOfASelfSignedCertificateIsItsOwnKeyHash() {
    assertThat(StrongNameKeys.issuerKeyHash(fixture.certificate()))
        .isEqualTo("11b80559c251b7e400fd014b5ef46131ca3a7389");
  }
}

package com.collector.portal.distribution.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.distribution.entity.SignedPackage;
import com.collector.repository.signing.KeyRing;
import com.collector.repository.signing.LocalKeyStoreSigner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageSigningTest {

  @TempDir Path keys;

  @Test
  void theSignatureIsRs256OverTheDigestBytes() throws Exception {
    LocalKeyStoreSigner signer = LocalKeyStoreSigner.openOrCreate(keys, "package-signing", "CN=t");
    PackageSigning cut = new PackageSigning();
    cut.ring = new KeyRing(signer, List.of());
    byte[] digest = MessageDigest.getInstance("SHA-256").digest("package".getBytes());

    SignedPackage signed = cut.sign(HexFormat.of().formatHex(digest), 7);

    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(signer.publicKey());
    verifier.update(digest);
    assertThat(verifier.verify(Base64.getUrlDecoder().decode(signed.signature()))).isTrue();
    assertThat(signed.keyId()).isEqualTo(signer.keyId());
    assertThat(signed.algorithm()).isEqualTo("RS256");
    assertThat(signed.signature()).doesNotContain("=", "+", "/");
  }

  @Test
  void retiredLocalKeysStayPublished() throws Exception {
    LocalKeyStoreSigner old = LocalKeyStoreSigner.openOrCreate(keys, "package-signing", "CN=t");
    Files.move(keys.resolve("package-signing.p12"), keys.resolve("package-signing-retired-1.p12"));
    Files.move(
        keys.resolve("package-signing.password"),
        keys.resolve("package-signing-retired-1.password"));
    LocalKeyStoreSigner current = LocalKeyStoreSigner.openOrCreate(keys, "package-signing", "CN=t");

    KeyRing ring = new KeyRing(current, PackageSigning.retiredLocalKeys(keys));

    assertThat(ring.published())
        .extracting(key -> key.keyId())
        .containsExactly(current.keyId(), old.keyId());
    assertThat(ring.jwks()).contains(old.keyId());
  }
}

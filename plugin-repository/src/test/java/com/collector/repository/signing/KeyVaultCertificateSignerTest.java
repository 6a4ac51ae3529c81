package com.collector.repository.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.repository.clickonce.signing.ManifestSigner;
import com.collector.repository.clickonce.signing.ManifestVerifier;
import com.collector.repository.clickonce.signing.VerifiedManifest;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A CA-issued code-signing certificate imported into {@link LocalKeyVault}, used through the real
 * certificates and keys SDKs: the private key stays in the emulator.
 */
class KeyVaultCertificateSignerTest {

  private static final byte[] DATA = "clickonce manifest".getBytes(StandardCharsets.UTF_8);
  private static final AtomicLong SERIALS = new AtomicLong(1);

  private static KeyPair rootKey;
  private static X509Certificate root;
  private static KeyPair caKey;
  private static X509Certificate ca;
  private static KeyPair publisherKey;
  private static X509Certificate publisher;

  @RegisterExtension final LocalKeyVault vault = LocalKeyVault.perTest();

  @BeforeAll
  static void issueCertificates() throws Exception {
    rootKey = rsa();
    root = issue("CN=Test Root", rootKey.getPublic(), "CN=Test Root", rootKey.getPrivate(), true);
    caKey = rsa();
    ca =
        issue(
            "CN=Test Code Signing CA",
            caKey.getPublic(),
            "CN=Test Root",
            rootKey.getPrivate(),
            true);
    publisherKey = rsa();
    publisher =
        issue(
            "CN=Collector Publisher, O=Collector, C=CH",
            publisherKey.getPublic(),
            "CN=Test Code Signing CA",
            caKey.getPrivate(),
            false);
  }

  @Test
  void theSignerHasTheVaultsCertificateAndSignsWithItsKeyInTheVault() throws Exception {
    vault.importCertificate("codesign", publisher, publisherKey);

    KeyVaultCertificateSigner cut = open("codesign", List.of(ca, root));
    byte[] signature = cut.sign(DATA);

    assertThat(cut.certificate()).isEqualTo(publisher);
    assertThat(cut.publicKey()).isEqualTo(publisher.getPublicKey());
    assertThat(cut.issuers()).containsExactly(ca, root);
    assertThat(cut.keyId()).isEqualTo(KeyIds.of(publisher.getPublicKey()));
    assertThat(cut.jwsAlgorithm()).isEqualTo("RS256");
    assertThat(verifies(publisher.getPublicKey(), DATA, signature)).isTrue();
    assertThat(cut.vaultCertificateId()).startsWith(vault.url() + "/certificates/codesign/");
    assertThat(cut.vaultKeyId()).startsWith(vault.url() + "/keys/codesign/");
    assertThat(vault.calls())
        .anyMatch(call -> call.matches("GET /certificates/codesign/? -> 200"))
        .anyMatch(call -> call.matches("POST /keys/codesign/\\w+/sign -> 200"));
  }

  @Test
  void theLatestVersionOfTheCertificateSigns() throws Exception {
    KeyPair renewedKey = rsa();
    X509Certificate renewed =
        issue(
            "CN=Collector Publisher, O=Collector, C=CH",
            renewedKey.getPublic(),
            "CN=Test Code Signing CA",
            caKey.getPrivate(),
            false);
    vault.importCertificate("codesign", publisher, publisherKey);
    vault.importCertificate("codesign", renewed, renewedKey);

    KeyVaultCertificateSigner cut = open("codesign", List.of(ca));

    assertThat(cut.certificate()).isEqualTo(renewed);
    assertThat(verifies(renewed.getPublicKey(), DATA, cut.sign(DATA))).isTrue();
  }

  @Test
  void aMissingCertificateIsACleanError() {
    vault.importCertificate("other", publisher, publisherKey);

    assertThatThrownBy(() -> open("codesign", List.of(ca)))
        .isInstanceOf(SigningException.class)
        .hasMessage("Key Vault has no certificate named codesign");
  }

  @Test
  void aKeyThatDoesNotMatchTheCertificateSignsNothing() throws Exception {
    vault.importCertificate("codesign", publisher, rsa());
    KeyVaultCertificateSigner cut = open("codesign", List.of(ca));

    assertThatThrownBy(() -> cut.sign(DATA))
        .isInstanceOf(SigningException.class)
        .hasMessageContaining("does not verify with certificate");
  }

  @Test
  void issuersThatDidNotIssueTheCertificateAreRefused() {
    vault.importCertificate("codesign", publisher, publisherKey);

    assertThatThrownBy(() -> open("codesign", List.of(root, ca)))
        .isInstanceOf(SigningException.class)
        .hasMessageStartingWith(
            "CN=Test Root did not issue C=CH, O=Collector, CN=Collector Publisher");
  }

  @Test
  void aClickOnceManifestSignedThroughTheVaultVerifiesWithItsChain() throws Exception {
    vault.importCertificate("codesign", publisher, publisherKey);
    KeyVaultCertificateSigner signer = open("codesign", List.of(ca, root));
    byte[] manifest;
    try (var in = getClass().getResourceAsStream("/clickonce/Collector.application")) {
      manifest = in.readAllBytes();
    }

    byte[] signed = new ManifestSigner(signer, signer.issuers()).sign(manifest);

    VerifiedManifest verified = new ManifestVerifier(List.of(root)).verify(signed);
    assertThat(verified.certificate()).isEqualTo(publisher);
    assertThat(verified.chain()).containsExactly(publisher, ca);
  }

  private KeyVaultCertificateSigner open(String name, List<X509Certificate> issuers) {
    return KeyVaultCertificateSigner.open(
        vault.certificateClient(), vault.keyClient(), name, issuers);
  }

  private static KeyPair rsa() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  private static X509Certificate issue(
      String subject, PublicKey key, String issuer, PrivateKey issuerKey, boolean ca)
      throws Exception {
    Instant now = Instant.now();
    var builder =
        new JcaX509v3CertificateBuilder(
                new X500Name(issuer),
                BigInteger.valueOf(SERIALS.getAndIncrement()),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(30))),
                new X500Name(subject),
                key)
            .addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
    if (!ca) {
      builder.addExtension(
          Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_codeSigning));
    }
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
  }

  private static boolean verifies(PublicKey key, byte[] data, byte[] signature) throws Exception {
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(key);
    verifier.update(data);
    return verifier.verify(signature);
  }
}

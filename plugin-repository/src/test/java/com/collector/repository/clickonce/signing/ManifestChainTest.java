package com.collector.repository.clickonce.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.repository.clickonce.signing.ManifestVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Publishers whose certificate a CA issued: issuerKeyHash names the CA, X509Data the chain. */
class ManifestChainTest {

  private static TestPki.Issued root;
  private static TestPki.Issued intermediate;
  private static TestPki.Issued publisher;
  private static TestPki.Issued rootIssuedPublisher;

  @BeforeAll
  static void issueCertificates() throws Exception {
    root = TestPki.root("CN=Test Root");
    intermediate = TestPki.issue(root, "CN=Test Code Signing CA", true);
    publisher = TestPki.issue(intermediate, "CN=Collector Publisher, O=Collector, C=CH", false);
    rootIssuedPublisher = TestPki.issue(root, "CN=Collector Direct", false);
  }

  @Test
  void chainUpToButExcludingTheRootIsCarriedAndVerified() {
    ManifestSigner cut =
        new ManifestSigner(publisher, List.of(intermediate.certificate(), root.certificate()));

    byte[] signed = cut.sign(Fixtures.deploymentManifest());

    VerifiedManifest verified = new ManifestVerifier().verify(signed);
    assertThat(verified.chain())
        .containsExactly(publisher.certificate(), intermediate.certificate());
    assertThat(new String(signed, StandardCharsets.UTF_8))
        .contains(
            "<publisherIdentity name=\"C=CH, O=Collector, CN=Collector Publisher\" issuerKeyHash=\""
                + StrongNameKeys.issuerKeyHash(intermediate.certificate())
                + "\" />");
  }

  @Test
  void anOmittedRootIsAcceptedOnlyWhenTheVerifierKnowsIt() {
    byte[] signed =
        new ManifestSigner(rootIssuedPublisher, List.of(root.certificate()))
            .sign(Fixtures.deploymentManifest());

    assertThat(new ManifestVerifier(List.of(root.certificate())).verify(signed).chain())
        .containsExactly(rootIssuedPublisher.certificate());
    assertThatThrownBy(() -> new ManifestVerifier().verify(signed))
        .isInstanceOfSatisfying(
            ManifestVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE));
  }

  @Test
  void aChainWithAForeignIssuerIsRejected() throws Exception {
    TestPki.Issued impostor = TestPki.root("CN=Test Code Signing CA");
    byte[] signed =
        new ManifestSigner(publisher, List.of(impostor.certificate()))
            .sign(Fixtures.deploymentManifest());

    assertThatThrownBy(() -> new ManifestVerifier().verify(signed))
        .isInstanceOfSatisfying(
            ManifestVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE));
  }

  @Test
  void signingWithoutTheIssuerIsRefusedBecauseIssuerKeyHashNeedsIt() {
    assertThatThrownBy(() -> new ManifestSigner(publisher))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("issuer");
  }
}

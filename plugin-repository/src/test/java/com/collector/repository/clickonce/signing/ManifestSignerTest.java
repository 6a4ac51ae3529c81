package com.collector.repository.clickonce.signing;

import static com.collector.repository.clickonce.signing.ManifestVerifierTest.replace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.repository.clickonce.signing.ManifestVerificationException.Reason;
import com.collector.repository.signing.LocalKeyStoreSigner;
import com.collector.repository.signing.Signer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ManifestSignerTest {

  /** Shared by the class: RSA key generation would dominate the run time otherwise. */
  @TempDir static Path keys;

  private Signer signer;
  private ManifestSigner cut;
  private final ManifestVerifier verifier = new ManifestVerifier();

  @BeforeEach
  void openKey() {
    signer =
        LocalKeyStoreSigner.openOrCreate(keys, "clickonce", "CN=Collector Test, O=Collector, C=CH");
    cut = new ManifestSigner(signer);
  }

  @Test
  void resignedApplicationManifestVerifiesAsSignedByTheNewKey() {
    VerifiedManifest verified = verifier.verify(cut.sign(Fixtures.realSignedManifest()));

    assertThat(verified.certificate()).isEqualTo(signer.certificate());
    assertThat(verified.identity())
        .isEqualTo(new AssemblyIdentity("bitcoinminiermachine.exe", "1.0.0.18", token(signer)));
  }

  @Test
  void resigningChangesNothingBeforeTheSignatureButThePublicKeyToken() {
    String original = new String(Fixtures.realSignedManifest(), StandardCharsets.UTF_8);
    String signed = new String(cut.sign(Fixtures.realSignedManifest()), StandardCharsets.UTF_8);

    String expected = original.replace("33ceee8f3f6b9ab8", token(signer));
    assertThat(signed.substring(0, signed.indexOf("<publisherIdentity")))
        .isEqualTo(expected.substring(0, expected.indexOf("<publisherIdentity")));
  }

  @Test
  void deploymentManifestIsSignedWithItsTokenReplaced() {
    byte[] signed = cut.sign(Fixtures.deploymentManifest());

    VerifiedManifest verified = verifier.verify(signed);
    assertThat(verified.identity())
        .isEqualTo(new AssemblyIdentity("Collector.application", "1.2.3.4", token(signer)));
    assertThat(new String(signed, StandardCharsets.UTF_8))
        .contains(
            "<publisherIdentity name=\"C=CH, O=Collector, CN=Collector Test\" issuerKeyHash=\"")
        .contains("asmv2:publisher=\"Collector &amp; Partners\"");
  }

  @Test
  void licenseCopiesTheIdentityWithItsNamespaceDeclarationAsMansign2Does() {
    String signed = new String(cut.sign(Fixtures.deploymentManifest()), StandardCharsets.UTF_8);

    assertThat(signed)
        .contains(
            "<as:assemblyIdentity name=\"Collector.application\" version=\"1.2.3.4\" publicKeyToken=\""
                + token(signer)
                + "\" language=\"neutral\" processorArchitecture=\"msil\""
                + " xmlns=\"urn:schemas-microsoft-com:asm.v1\" />");
  }

  @Test
  void aManifestWithoutPublicKeyTokenIsRefusedAsByMansign2() {
    byte[] withoutToken =
        replace(Fixtures.deploymentManifest(), "publicKeyToken=\"0000000000000000\" ", "");

    assertThatThrownBy(() -> cut.sign(withoutToken))
        .isInstanceOf(ManifestFormatException.class)
        .hasMessageContaining("publicKeyToken");
  }

  @Test
  void publisherIdentityDeclaresItsNamespaceWhereAsmV2IsNotTheDefault() {
    byte[] tiny =
        ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<asmv1:assembly manifestVersion=\"1.0\""
                + " xmlns:asmv1=\"urn:schemas-microsoft-com:asm.v1\"><asmv1:assemblyIdentity"
                + " name=\"Tiny.application\" version=\"1.0.0.0\" publicKeyToken=\"0000000000000000\" />"
                + "</asmv1:assembly>")
            .getBytes(StandardCharsets.UTF_8);

    byte[] signed = cut.sign(tiny);

    assertThat(verifier.verify(signed).identity().name()).isEqualTo("Tiny.application");
    assertThat(new String(signed, StandardCharsets.UTF_8))
        .containsPattern(
            "<publisherIdentity name=\"[^\"]+\" issuerKeyHash=\"[0-9a-f]{40}\""
                + " xmlns=\"urn:schemas-microsoft-com:asm.v2\" />");
  }

  @Test
  void signingTwiceGivesTheSameBytes() {
    byte[] once = cut.sign(Fixtures.deploymentManifest());

    assertThat(cut.sign(once)).isEqualTo(once);
  }

  @Test
  void theCallersDocumentIsLeftUntouched() {
    Document document = ManifestXml.parse(Fixtures.deploymentManifest());

    verifier.verify(cut.sign(document));

    assertThat(document.getElementsByTagNameNS(ManifestXml.DSIG, "Signature").getLength()).isZero();
    assertThat(document.getElementsByTagNameNS(ManifestXml.ASM_V1, "assemblyIdentity").item(0))
        .extracting(
            identity -> identity.getAttributes().getNamedItem("publicKeyToken").getNodeValue())
        .isEqualTo("0000000000000000");
  }

  @Test
  void everyEditOfASignedDeploymentManifestIsRejected() {
    List<Mutations.Mutation> mutations = Mutations.of(cut.sign(Fixtures.deploymentManifest()));
    List<String> accepted = new ArrayList<>();
    for (Mutations.Mutation mutation : mutations) {
      try {
        verifier.verify(mutation.manifest());
        accepted.add(mutation.position() + " in " + mutation.where());
      } catch (ManifestVerificationException expected) {
        // rejected, as it must be
      }
    }

    assertThat(mutations).hasSizeGreaterThan(2000);
    assertThat(accepted).isEmpty();
  }

  @Test
  void aStrongNameKeyOtherThanTheSigningOneIsRejected() {
    String signed = new String(cut.sign(Fixtures.deploymentManifest()), StandardCharsets.UTF_8);
    String otherModulus =
        modulus(new String(other().sign(Fixtures.deploymentManifest()), StandardCharsets.UTF_8));

    byte[] forged = replace(signed.getBytes(StandardCharsets.UTF_8), modulus(signed), otherModulus);

    assertRejected(forged, Reason.STRONG_NAME_SIGNATURE);
  }

  @Test
  void anotherSignersSignatureCannotBeTransplanted() {
    String signed = new String(cut.sign(Fixtures.deploymentManifest()), StandardCharsets.UTF_8);
    String byOther =
        new String(other().sign(Fixtures.deploymentManifest()), StandardCharsets.UTF_8);

    String forged =
        signed.substring(0, signed.indexOf("<Signature "))
            + byOther.substring(byOther.indexOf("<Signature "));

    assertRejected(forged.getBytes(StandardCharsets.UTF_8), Reason.STRONG_NAME_DIGEST);
  }

  @Test
  void aLicenseSignedByAnotherCertificateIsRejected() {
    String signed = new String(cut.sign(Fixtures.deploymentManifest()), StandardCharsets.UTF_8);
    String byOther =
        new String(other().sign(Fixtures.deploymentManifest()), StandardCharsets.UTF_8);

    String forged =
        signed.substring(0, signed.indexOf("<X509Certificate>"))
            + byOther.substring(byOther.indexOf("<X509Certificate>"));

    assertRejected(forged.getBytes(StandardCharsets.UTF_8), Reason.AUTHENTICODE_SIGNATURE);
  }

  private ManifestSigner other() {
    return new ManifestSigner(
        LocalKeyStoreSigner.openOrCreate(keys, "other", "CN=Collector Test, O=Collector, C=CH"));
  }

  private void assertRejected(byte[] manifest, Reason reason) {
    assertThatThrownBy(() -> verifier.verify(manifest))
        .isInstanceOfSatisfying(
            ManifestVerificationException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private static String modulus(String manifest) {
    Matcher matcher = Pattern.compile("<Modulus>([^<]+)</Modulus>").matcher(manifest);
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }

  private static String token(Signer signer) {
    return StrongNameKeys.publicKeyToken((RSAPublicKey) signer.publicKey());
  }
}

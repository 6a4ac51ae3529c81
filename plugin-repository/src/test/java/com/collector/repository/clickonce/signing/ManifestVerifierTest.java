package com.collector.repository.clickonce.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.repository.clickonce.signing.ManifestVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestVerifierTest {

  private final ManifestVerifier cut = new ManifestVerifier();
  private final byte[] fixture = Fixtures.realSignedManifest();

  @Test
  void manifestSignedByMicrosoftToolingVerifies() {
    VerifiedManifest verified = cut.verify(fixture);

    assertThat(verified.identity())
        .isEqualTo(
            new AssemblyIdentity("bitcoinminiermachine.exe", "1.0.0.18", "33ceee8f3f6b9ab8"));
    assertThat(verified.certificate().getSerialNumber().toString(16))
        .isEqualTo("577bea0ece9840854d9b8176275e0a5f");
    assertThat(verified.chain()).containsExactly(verified.certificate());
  }

  @Test
  void everyEditOfSignedContentIsRejected() {
    List<Mutations.Mutation> mutations = Mutations.of(fixture);
    List<String> accepted = new ArrayList<>();
    for (Mutations.Mutation mutation : mutations) {
      try {
        cut.verify(mutation.manifest());
        accepted.add(mutation.position() + " in " + mutation.where());
      } catch (ManifestVerificationException expected) {
        // rejected, as it must be
      }
    }

    assertThat(mutations).hasSizeGreaterThan(4000);
    assertThat(mutatedPositions(mutations)).containsAll(signatureTextPositions());
    assertThat(accepted).isEmpty();
  }

  /**
   * Every character of text in the signature block (digests, signature values, moduli, the
   * certificate, the subject name), so the sweep provably covers them.
   */
  private List<Integer> signatureTextPositions() {
    String xml = new String(fixture, StandardCharsets.US_ASCII);
    List<Integer> positions = new ArrayList<>();
    int from = xml.indexOf("<publisherIdentity");
    for (int open = xml.indexOf('>', from); open >= 0; open = xml.indexOf('>', open + 1)) {
      for (int i = open + 1; i < xml.length() && xml.charAt(i) != '<'; i++) {
        positions.add(i);
      }
    }
    return positions;
  }

  private static List<Integer> mutatedPositions(List<Mutations.Mutation> mutations) {
    return mutations.stream().map(Mutations.Mutation::position).toList();
  }

  @Test
  void aChangedFileSizeIsReportedAsAChangedManifest() {
    byte[] edited = replace(fixture, "size=\"189\"", "size=\"190\"");

    assertThatThrownBy(() -> cut.verify(edited))
        .isInstanceOfSatisfying(
            ManifestVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.STRONG_NAME_DIGEST));
  }

  @Test
  void aChangedPublisherInTheLicenseIsReportedAsAChangedLicense() {
    byte[] edited =
        replace(fixture, "<as:X509SubjectName>CN=DESKTOP", "<as:X509SubjectName>CN=DESKTOQ");

    assertThatThrownBy(() -> cut.verify(edited))
        .isInstanceOfSatisfying(
            ManifestVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.AUTHENTICODE_DIGEST));
  }

  @Test
  void anUnsignedManifestIsRejected() {
    String xml = new String(fixture, StandardCharsets.UTF_8);
    byte[] unsigned =
        (xml.substring(0, xml.indexOf("<publisherIdentity")) + "</asmv1:assembly>")
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> cut.verify(unsigned))
        .isInstanceOfSatisfying(
            ManifestVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_SIGNATURE));
  }

  @Test
  void documentTypeDeclarationsAreRefused() {
    byte[] withDtd =
        replace(
            fixture,
            "<asmv1:assembly ",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><asmv1:assembly ");

    assertThatThrownBy(() -> cut.verify(withDtd))
        .isInstanceOfSatisfying(
            ManifestVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
  }

  @Test
  void absurdNestingIsRefusedBeforeItCanExhaustTheStack() {
    String deep = "<a>".repeat(100_000) + "</a>".repeat(100_000);
    byte[] nested = replace(fixture, "<application />", "<application>" + deep + "</application>");

    assertThatThrownBy(() -> cut.verify(nested))
        .isInstanceOfSatisfying(
            ManifestVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
  }

  static byte[] replace(byte[] manifest, String from, String to) {
    String xml = new String(manifest, StandardCharsets.UTF_8);
    assertThat(xml).contains(from);
    return xml.replaceFirst(java.util.regex.Pattern.quote(from), to)
        .getBytes(StandardCharsets.UTF_8);
  }
}

package com.collector.repository.clickonce.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.repository.clickonce.signing.ManifestVerificationException.Reason;
import com.collector.repository.signing.LocalKeyStoreSigner;
import com.sun.net.httpserver.HttpServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTimestampTest {

  private static final Instant SIGNED_AT = Instant.parse("2026-03-01T12:00:00Z");
  private static final Pattern TIMESTAMP = Pattern.compile("<as:Timestamp>([^<]+)</as:Timestamp>");

  @TempDir static Path keys;
  private static HttpServer tsa;
  private static ManifestSigner cut;
  private final ManifestVerifier verifier = new ManifestVerifier();

  @BeforeAll
  static void startTsa() throws Exception {
    tsa = new LocalTsa(SIGNED_AT).serve();
    cut =
        new ManifestSigner(LocalKeyStoreSigner.openOrCreate(keys, "clickonce", "CN=Collector Test"))
            .withTimestamps(new Rfc3161TimestampAuthority(LocalTsa.url(tsa)));
  }

  @AfterAll
  static void stopTsa() {
    tsa.stop(0);
  }

  @Test
  void timestampFromTheTsaIsVerifiedAndReported() {
    VerifiedManifest verified = verifier.verify(cut.sign(Fixtures.deploymentManifest()));

    assertThat(verified.timestamp()).contains(SIGNED_AT);
  }

  @Test
  void timestampSitsInAnObjectAfterTheAuthenticodeKeyInfo() {
    String signed = new String(cut.sign(Fixtures.deploymentManifest()), StandardCharsets.UTF_8);

    assertThat(signed)
        .containsPattern(
            "</X509Data></KeyInfo><Object><as:Timestamp>[^<]+</as:Timestamp></Object></Signature></r:issuer>");
  }

  @Test
  void aTimestampOfAnotherSignatureIsRejected() {
    String signed = new String(cut.sign(Fixtures.deploymentManifest()), StandardCharsets.UTF_8);
    String other = new String(cut.sign(Fixtures.realSignedManifest()), StandardCharsets.UTF_8);

    String forged = signed.replace(timestamp(signed), timestamp(other));

    assertThatThrownBy(() -> verifier.verify(forged.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            ManifestVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP));
  }

  @Test
  void aTimestampThatIsNoTokenIsRejected() {
    String signed = new String(cut.sign(Fixtures.deploymentManifest()), StandardCharsets.UTF_8);

    String forged = signed.replace(timestamp(signed), "AQAB");

    assertThatThrownBy(() -> verifier.verify(forged.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            ManifestVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP));
  }

  @Test
  void withoutATsaThereIsNoTimestamp() {
    ManifestSigner untimed =
        new ManifestSigner(
            LocalKeyStoreSigner.openOrCreate(keys, "clickonce", "CN=Collector Test"));

    assertThat(verifier.verify(untimed.sign(Fixtures.deploymentManifest())).timestamp()).isEmpty();
  }

  private static String timestamp(String manifest) {
    Matcher matcher = TIMESTAMP.matcher(manifest);
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }
}

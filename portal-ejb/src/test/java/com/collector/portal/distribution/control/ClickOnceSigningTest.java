package com.collector.portal.distribution.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.repository.signing.LocalKeyStoreSigner;
import com.collector.repository.signing.SigningException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClickOnceSigningTest {

  @TempDir Path dir;

  @Test
  void theIssuersFileIsReadInItsOrder() throws Exception {
    X509Certificate ca = LocalKeyStoreSigner.openOrCreate(dir, "ca", "CN=CA").certificate();
    X509Certificate root = LocalKeyStoreSigner.openOrCreate(dir, "root", "CN=Root").certificate();
    Path pem = dir.resolve("issuers.pem");
    Files.writeString(pem, pem(ca) + pem(root), StandardCharsets.US_ASCII);

    assertThat(ClickOnceSigning.readIssuers(Optional.of(pem.toString()))).containsExactly(ca, root);
  }

  @Test
  void noIssuersFileMeansNoIssuers() {
    assertThat(ClickOnceSigning.readIssuers(Optional.empty())).isEmpty();
  }

  @Test
  void anUnreadableIssuersFileIsAConfigurationError() {
    String missing = dir.resolve("missing.pem").toString();

    assertThatThrownBy(() -> ClickOnceSigning.readIssuers(Optional.of(missing)))
        .isInstanceOf(SigningException.class)
        .hasMessageContaining(missing);
  }

  private static String pem(X509Certificate certificate) throws Exception {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(certificate.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }
}

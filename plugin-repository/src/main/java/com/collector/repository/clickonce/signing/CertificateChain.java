package com.collector.repository.clickonce.signing;

import com.collector.repository.clickonce.signing.ManifestVerificationException.Reason;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Reads the certificates of an {@code X509Data} (signer first) and checks that each is signed by
 * the next, the last by itself or by a known issuer. Validity periods are not checked: Windows
 * keeps accepting ClickOnce signatures after the certificate expires.
 */
final class CertificateChain {

  private final List<X509Certificate> knownIssuers;

  CertificateChain(List<X509Certificate> knownIssuers) {
    this.knownIssuers = List.copyOf(knownIssuers);
  }

  List<X509Certificate> read(Element x509Data) {
    List<X509Certificate> chain = new ArrayList<>();
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (Element certificate : SignatureElements.elements(x509Data)) {
        if (!"X509Certificate".equals(certificate.getLocalName())) {
          throw fail("X509Data may hold only X509Certificate elements");
        }
        byte[] der = SignatureElements.base64(certificate);
        X509Certificate parsed =
            (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
        if (!Arrays.equals(parsed.getEncoded(), der)) {
          // The factory ignores bytes after the certificate; they must not ride along unsigned.
          throw fail("X509Certificate holds more than one DER certificate");
        }
        chain.add(parsed);
      }
    } catch (GeneralSecurityException e) {
      throw fail("unreadable certificate: " + e.getMessage());
    }
    if (chain.isEmpty()) {
      throw fail("no certificate");
    }
    for (int i = 0; i + 1 < chain.size(); i++) {
      requireIssued(chain.get(i), chain.get(i + 1));
    }
    issuerOf(chain);
    return chain;
  }

  /** The certificate that issued the signer's: next in the chain, itself, or a known one. */
  X509Certificate issuerOf(List<X509Certificate> chain) {
    if (chain.size() > 1) {
      return chain.get(1);
    }
    X509Certificate last = chain.get(chain.size() - 1);
    List<X509Certificate> candidates = new ArrayList<>(knownIssuers);
    candidates.add(0, last);
    for (X509Certificate candidate : candidates) {
      if (issued(last, candidate)) {
        return candidate;
      }
    }
    throw fail("the certificate's issuer is neither in the manifest nor known");
  }

  private static void requireIssued(X509Certificate certificate, X509Certificate issuer) {
    if (!issued(certificate, issuer)) {
      throw fail(certificate.getSubjectX500Principal() + " is not signed by the next certificate");
    }
  }

  private static boolean issued(X509Certificate certificate, X509Certificate issuer) {
    if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
      return false;
    }
    try {
      certificate.verify(issuer.getPublicKey());
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static ManifestVerificationException fail(String message) {
    return new ManifestVerificationException(Reason.CERTIFICATE, message);
  }
}

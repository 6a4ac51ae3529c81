package com.collector.repository.clickonce.signing;

import static com.collector.repository.clickonce.signing.ManifestXml.AUTHENTICODE;

import com.collector.repository.clickonce.signing.ManifestVerificationException.Reason;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;
import org.w3c.dom.Element;

/**
 * The optional RFC 3161 timestamp of an Authenticode signature: it must be over this signature
 * value and signed by the time-stamping certificate it carries. Whether that TSA is trusted is the
 * caller's decision, as it is for the publisher.
 */
final class TimestampCheck {

  private TimestampCheck() {}

  static Optional<Instant> verify(SignatureElements signature) {
    if (signature.object().isEmpty()) {
      return Optional.empty();
    }
    List<Element> parts = SignatureElements.elements(signature.object().get());
    if (parts.size() != 1
        || !AUTHENTICODE.equals(parts.get(0).getNamespaceURI())
        || !"Timestamp".equals(parts.get(0).getLocalName())) {
      throw new ManifestVerificationException(
          Reason.UNSUPPORTED_SIGNATURE, "the Authenticode Object must hold one as:Timestamp");
    }
    try {
      TimeStampToken token =
          new TimeStampToken(new CMSSignedData(SignatureElements.base64(parts.get(0))));
      TimeStampTokenInfo info = token.getTimeStampInfo();
      byte[] expected = EnvelopedSignature.sha256(signature.signatureValue());
      if (!NISTObjectIdentifiers.id_sha256.equals(info.getMessageImprintAlgOID())
          || !MessageDigest.isEqual(expected, info.getMessageImprintDigest())) {
        throw fail("the timestamp is for another signature");
      }
      token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsaCertificate(token)));
      return Optional.of(info.getGenTime().toInstant());
    } catch (CMSException
        | TSPException
        | IOException
        | OperatorCreationException
        | CertificateException e) {
      throw fail("invalid timestamp: " + e.getMessage());
    } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
      // BouncyCastle's ASN.1 parsing reports some malformed structures this way
      throw fail("malformed timestamp: " + e.getMessage());
    }
  }

  private static X509CertificateHolder tsaCertificate(TimeStampToken token) {
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
    if (matches.isEmpty()) {
      throw fail("the timestamp does not carry its signing certificate");
    }
    return matches.iterator().next();
  }

  private static ManifestVerificationException fail(String message) {
    return new ManifestVerificationException(Reason.TIMESTAMP, message);
  }
}

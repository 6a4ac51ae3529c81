package com.collector.repository.clickonce.signing;

import static com.collector.repository.clickonce.signing.ManifestXml.AUTHENTICODE;
import static com.collector.repository.clickonce.signing.ManifestXml.DSIG;
import static com.collector.repository.clickonce.signing.ManifestXml.REL;

import com.collector.repository.clickonce.signing.ManifestVerificationException.Reason;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * The Authenticode half of verification: the license must name this manifest (its reversed
 * strong-name digest and identity) and be signed by the certificate whose key made the strong name,
 * and the manifest's {@code publisherIdentity} must describe that certificate.
 */
final class PublisherCheck {

  private final CertificateChain chains;

  PublisherCheck(List<X509Certificate> knownIssuers) {
    this.chains = new CertificateChain(knownIssuers);
  }

  VerifiedManifest verify(
      Element license, Element identity, byte[] strongNameDigest, RSAPublicKey strongNameKey) {
    Element grant = ManifestVerifier.element(license, REL, "grant");
    requireLicenseFor(grant, identity, strongNameDigest);
    Element signatureElement =
        ManifestVerifier.signature(
            ManifestVerifier.element(license, REL, "issuer"), "AuthenticodeSignature");
    SignatureElements signature = SignatureElements.read(signatureElement);
    byte[] digest =
        EnvelopedSignature.sha256(ExclusiveC14n.canonicalize(license, signatureElement));
    if (!MessageDigest.isEqual(digest, signature.digestValue())) {
      throw new ManifestVerificationException(
          Reason.AUTHENTICODE_DIGEST, "the license was changed");
    }
    List<Element> keyInfo = keyInfo(signature);
    List<X509Certificate> chain = chains.read(keyInfo.get(1));
    X509Certificate certificate = chain.get(0);
    ManifestVerifier.requireSignature(
        signature, certificate.getPublicKey(), Reason.AUTHENTICODE_SIGNATURE);
    RSAPublicKey keyValue = SignatureElements.rsaKeyValue(keyInfo.get(0));
    if (!keyValue.equals(certificate.getPublicKey())
        || !strongNameKey.equals(certificate.getPublicKey())) {
      throw new ManifestVerificationException(
          Reason.KEY_MISMATCH,
          "the strong-name key, the Authenticode key and the certificate differ");
    }
    requireSubjectName(grant, certificate);
    AssemblyIdentity assembly =
        new AssemblyIdentity(
            identity.getAttribute("name"),
            identity.getAttribute("version"),
            identity.getAttribute("publicKeyToken"));
    return new VerifiedManifest(certificate, chain, assembly, TimestampCheck.verify(signature));
  }

  /** The license must carry this manifest's reversed digest and a copy of its identity. */
  private static void requireLicenseFor(Element grant, Element identity, byte[] strongNameDigest) {
    Element information = ManifestVerifier.element(grant, AUTHENTICODE, "ManifestInformation");
    // mansign2 reads the hash as hex, so either case is the same hash
    if (!License.manifestHash(strongNameDigest)
        .equalsIgnoreCase(information.getAttribute("Hash"))) {
      throw new ManifestVerificationException(
          Reason.LICENSE_HASH, "the license is for another manifest");
    }
    Element licensed = ManifestVerifier.element(information, AUTHENTICODE, "assemblyIdentity");
    if (!attributes(licensed).equals(attributes(identity))) {
      throw new ManifestVerificationException(
          Reason.LICENSE_IDENTITY, "the license names another assembly");
    }
  }

  /** {@code KeyInfo}: the key, then the certificates. */
  private static List<Element> keyInfo(SignatureElements signature) {
    List<Element> keyInfo = SignatureElements.elements(signature.keyInfo());
    if (keyInfo.size() != 2
        || !isDsig(keyInfo.get(0), "KeyValue")
        || !isDsig(keyInfo.get(1), "X509Data")) {
      throw new ManifestVerificationException(
          Reason.UNSUPPORTED_SIGNATURE, "the Authenticode KeyInfo must hold KeyValue and X509Data");
    }
    return keyInfo;
  }

  private static void requireSubjectName(Element grant, X509Certificate certificate) {
    Element publisher = ManifestVerifier.element(grant, AUTHENTICODE, "AuthenticodePublisher");
    Element subject = ManifestVerifier.element(publisher, AUTHENTICODE, "X509SubjectName");
    if (!WindowsNames.subject(certificate).equals(subject.getTextContent())) {
      throw new ManifestVerificationException(
          Reason.PUBLISHER_NAME, "X509SubjectName is not the certificate's subject");
    }
  }

  void matchPublisherIdentity(Element publisherIdentity, VerifiedManifest verified) {
    if (!WindowsNames.subject(verified.certificate())
        .equals(publisherIdentity.getAttribute("name"))) {
      throw new ManifestVerificationException(
          Reason.PUBLISHER_NAME, "publisherIdentity/@name is not the certificate's subject");
    }
    String expected = StrongNameKeys.issuerKeyHash(chains.issuerOf(verified.chain()));
    // compared as mansign2 does, ordinally
    if (!expected.equals(publisherIdentity.getAttribute("issuerKeyHash"))) {
      throw new ManifestVerificationException(
          Reason.ISSUER_KEY_HASH, "issuerKeyHash is not the hash of the issuer's key");
    }
  }

  private static boolean isDsig(Element element, String localName) {
    return DSIG.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
  }

  /** Attributes by namespace and local name, namespace declarations aside. */
  private static Map<String, String> attributes(Element element) {
    Map<String, String> values = new HashMap<>();
    NamedNodeMap map = element.getAttributes();
    for (int i = 0; i < map.getLength(); i++) {
      Attr attribute = (Attr) map.item(i);
      if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
        values.put(
            "{" + attribute.getNamespaceURI() + "}" + attribute.getLocalName(),
            attribute.getValue());
      }
    }
    return values;
  }
}

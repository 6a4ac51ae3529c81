package com.collector.repository.clickonce.signing;

import static com.collector.repository.clickonce.signing.ManifestXml.ASM_V1;
import static com.collector.repository.clickonce.signing.ManifestXml.ASM_V2;
import static com.collector.repository.clickonce.signing.ManifestXml.DSIG;
import static com.collector.repository.clickonce.signing.ManifestXml.MSREL;

import com.collector.repository.clickonce.signing.ManifestVerificationException.Reason;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Verifies a signed ClickOnce manifest as Windows would before trusting it: the strong-name
 * signature over the manifest, then the Authenticode-signed license that names the publisher. Does
 * not decide whether the publisher is trusted: callers compare the returned certificate.
 */
public final class ManifestVerifier {

  private final PublisherCheck publisher;

  /**
   * @param knownIssuers issuers whose certificates a manifest may omit (e.g. excluded roots)
   */
  public ManifestVerifier(List<X509Certificate> knownIssuers) {
    this.publisher = new PublisherCheck(knownIssuers);
  }

  /** For manifests whose chain is complete in their {@code X509Data}, as self-signed ones are. */
  public ManifestVerifier() {
    this(List.of());
  }

  /**
   * @return the signer and identity of the manifest
   * @throws ManifestVerificationException naming the first check that failed
   */
  public VerifiedManifest verify(byte[] manifest) {
    Document document;
    Element assembly;
    try {
      document = ManifestXml.parse(manifest);
      assembly = ManifestXml.assembly(document);
    } catch (ManifestFormatException e) {
      throw new ManifestVerificationException(Reason.MALFORMED, e.getMessage());
    }
    Element strongName = signature(assembly, "StrongNameSignature");
    SignatureElements signature = SignatureElements.read(strongName);
    if (signature.object().isPresent()) {
      throw new ManifestVerificationException(
          Reason.UNSUPPORTED_SIGNATURE, "the strong-name signature holds an Object");
    }
    byte[] digest = EnvelopedSignature.sha256(ExclusiveC14n.canonicalize(document, strongName));
    if (!MessageDigest.isEqual(digest, signature.digestValue())) {
      throw new ManifestVerificationException(
          Reason.STRONG_NAME_DIGEST, "the manifest was changed");
    }
    List<Element> keyInfo = keyInfo(signature.keyInfo());
    RSAPublicKey key = SignatureElements.rsaKeyValue(keyInfo.get(0));
    requireSignature(signature, key, Reason.STRONG_NAME_SIGNATURE);
    Element identity = element(assembly, ASM_V1, "assemblyIdentity");
    String token = identity.getAttribute("publicKeyToken");
    if (!token.equalsIgnoreCase(StrongNameKeys.publicKeyToken(key))) {
      throw new ManifestVerificationException(
          Reason.PUBLIC_KEY_TOKEN, "publicKeyToken " + token + " is not the key's");
    }
    Element license = element(keyInfo.get(1), ManifestXml.REL, "license");
    VerifiedManifest verified = publisher.verify(license, identity, digest, key);
    publisher.matchPublisherIdentity(element(assembly, ASM_V2, "publisherIdentity"), verified);
    return verified;
  }

  /** Checks the signature value over the canonical SignedInfo with {@code key}. */
  static void requireSignature(SignatureElements signature, PublicKey key, Reason reason) {
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(key);
      rsa.update(ExclusiveC14n.canonicalize(signature.signedInfo(), null));
      if (rsa.verify(signature.signatureValue())) {
        return;
      }
    } catch (GeneralSecurityException e) {
      // an unusable key or a malformed value is as bad as a wrong one
    }
    throw new ManifestVerificationException(reason, "the signature value does not match");
  }

  /** The signature with this {@code Id}: exactly one such child of {@code parent}. */
  static Element signature(Element parent, String id) {
    List<Element> signatures = ManifestXml.children(parent, DSIG, "Signature");
    if (signatures.size() != 1 || !id.equals(signatures.get(0).getAttribute("Id"))) {
      throw new ManifestVerificationException(
          Reason.MISSING_SIGNATURE, "expected one Signature Id=\"" + id + "\"");
    }
    return signatures.get(0);
  }

  static Element element(Element parent, String namespace, String localName) {
    List<Element> found = ManifestXml.children(parent, namespace, localName);
    if (found.size() != 1) {
      throw new ManifestVerificationException(
          Reason.MALFORMED, parent.getLocalName() + " must hold one " + localName);
    }
    return found.get(0);
  }

  /** {@code KeyInfo Id="StrongNameKeyInfo"}: the key, then the license. */
  private static List<Element> keyInfo(Element keyInfo) {
    List<Element> parts = SignatureElements.elements(keyInfo);
    boolean expected =
        "StrongNameKeyInfo".equals(keyInfo.getAttribute("Id"))
            && parts.size() == 2
            && DSIG.equals(parts.get(0).getNamespaceURI())
            && "KeyValue".equals(parts.get(0).getLocalName())
            && MSREL.equals(parts.get(1).getNamespaceURI())
            && "RelData".equals(parts.get(1).getLocalName());
    if (!expected) {
      throw new ManifestVerificationException(
          Reason.UNSUPPORTED_SIGNATURE,
          "KeyInfo Id=\"StrongNameKeyInfo\" must hold KeyValue and RelData");
    }
    return parts;
  }
}

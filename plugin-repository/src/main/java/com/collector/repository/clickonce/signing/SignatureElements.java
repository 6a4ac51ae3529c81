package com.collector.repository.clickonce.signing;

import static com.collector.repository.clickonce.signing.EnvelopedSignature.ENVELOPED;
import static com.collector.repository.clickonce.signing.EnvelopedSignature.EXC_C14N;
import static com.collector.repository.clickonce.signing.EnvelopedSignature.RSA_SHA256;
import static com.collector.repository.clickonce.signing.EnvelopedSignature.SHA256;
import static com.collector.repository.clickonce.signing.ManifestXml.DSIG;

import com.collector.repository.clickonce.signing.ManifestVerificationException.Reason;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The parts of a ClickOnce {@code Signature} a verifier needs, read strictly: only the one profile
 * mansign2 writes (enveloped reference, exclusive c14n, RSA-SHA256) is accepted.
 */
record SignatureElements(
    Element signedInfo,
    byte[] digestValue,
    byte[] signatureValue,
    Element keyInfo,
    Optional<Element> object) {

  static SignatureElements read(Element signature) {
    List<Element> parts = elements(signature);
    if (parts.size() == 4) {
      // mansign2 appends an Object with the Authenticode timestamp after signing.
      expect(parts, "SignedInfo", "SignatureValue", "KeyInfo", "Object");
    } else {
      expect(parts, "SignedInfo", "SignatureValue", "KeyInfo");
    }
    Element signedInfo = parts.get(0);
    List<Element> info = elements(signedInfo);
    expect(info, "CanonicalizationMethod", "SignatureMethod", "Reference");
    algorithm(info.get(0), EXC_C14N);
    algorithm(info.get(1), RSA_SHA256);
    Element reference = info.get(2);
    if (!reference.hasAttribute("URI") || !reference.getAttribute("URI").isEmpty()) {
      throw unsupported("the reference must be URI=\"\"");
    }
    List<Element> referenceParts = elements(reference);
    expect(referenceParts, "Transforms", "DigestMethod", "DigestValue");
    List<Element> transforms = elements(referenceParts.get(0));
    expect(transforms, "Transform", "Transform");
    algorithm(transforms.get(0), ENVELOPED);
    algorithm(transforms.get(1), EXC_C14N);
    algorithm(referenceParts.get(1), SHA256);
    return new SignatureElements(
        signedInfo,
        base64(referenceParts.get(2)),
        base64(parts.get(1)),
        parts.get(2),
        parts.size() == 4 ? Optional.of(parts.get(3)) : Optional.empty());
  }

  /** The key of a {@code KeyValue/RSAKeyValue} element. */
  static RSAPublicKey rsaKeyValue(Element keyValue) {
    List<Element> rsa = elements(keyValue);
    expect(rsa, "RSAKeyValue");
    List<Element> parts = elements(rsa.get(0));
    expect(parts, "Modulus", "Exponent");
    BigInteger modulus = new BigInteger(1, base64(parts.get(0)));
    BigInteger exponent = new BigInteger(1, base64(parts.get(1)));
    try {
      return (RSAPublicKey)
          KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
    } catch (GeneralSecurityException e) {
      throw new ManifestVerificationException(Reason.MALFORMED, "unusable RSAKeyValue");
    }
  }

  /**
   * Decodes base64 and insists on its canonical spelling, so that no edit of the text (even of the
   * padding bits a lenient decoder ignores) can leave the value unchanged.
   */
  static byte[] base64(Element element) {
    String text = element.getTextContent().replaceAll("[ \t\r\n]", "");
    try {
      byte[] bytes = Base64.getDecoder().decode(text);
      if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
        throw new IllegalArgumentException("non-canonical base64");
      }
      return bytes;
    } catch (IllegalArgumentException e) {
      throw new ManifestVerificationException(
          Reason.MALFORMED, element.getLocalName() + " is not canonical base64");
    }
  }

  /** The element children, whatever their namespace. */
  static List<Element> elements(Element parent) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element) {
        found.add(element);
      }
    }
    return found;
  }

  private static void expect(List<Element> elements, String... localNames) {
    boolean matches = elements.size() == localNames.length;
    for (int i = 0; matches && i < localNames.length; i++) {
      matches =
          DSIG.equals(elements.get(i).getNamespaceURI())
              && localNames[i].equals(elements.get(i).getLocalName());
    }
    if (!matches) {
      throw unsupported("expected the elements " + String.join(", ", localNames));
    }
  }

  private static void algorithm(Element element, String expected) {
    if (!expected.equals(element.getAttribute("Algorithm"))) {
      throw unsupported(element.getLocalName() + " must use " + expected);
    }
  }

  private static ManifestVerificationException unsupported(String message) {
    return new ManifestVerificationException(Reason.UNSUPPORTED_SIGNATURE, message);
  }
}

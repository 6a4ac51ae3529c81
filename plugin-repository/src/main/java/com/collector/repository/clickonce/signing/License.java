package com.collector.repository.clickonce.signing;

import static com.collector.repository.clickonce.signing.ManifestXml.AUTHENTICODE;
import static com.collector.repository.clickonce.signing.ManifestXml.MSREL;
import static com.collector.repository.clickonce.signing.ManifestXml.REL;

import java.util.HexFormat;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The {@code msrel:RelData/r:license} that binds the manifest's strong-name digest to the
 * Authenticode publisher; mansign2 builds it from a fixed template, so does this.
 */
final class License {

  private License() {}

  /** The license's {@code ManifestInformation/@Hash}: the digest bytes reversed, lower-case hex. */
  static String manifestHash(byte[] strongNameDigest) {
    byte[] reversed = new byte[strongNameDigest.length];
    for (int i = 0; i < reversed.length; i++) {
      reversed[i] = strongNameDigest[strongNameDigest.length - 1 - i];
    }
    return HexFormat.of().formatHex(reversed);
  }

  /** {@code msrel:RelData} holding a license without its Authenticode signature yet. */
  static Element relData(Element identity, byte[] strongNameDigest, String publisherName) {
    Document owner = identity.getOwnerDocument();
    Element relData = owner.createElementNS(MSREL, "msrel:RelData");
    declare(relData, "msrel", MSREL);
    Element license = (Element) relData.appendChild(owner.createElementNS(REL, "r:license"));
    declare(license, "r", REL);
    declare(license, "as", AUTHENTICODE);
    Element grant = rel(license, "grant");
    Element information = authenticode(grant, "ManifestInformation");
    AttributeOrder.set(information, null, "Hash", manifestHash(strongNameDigest));
    AttributeOrder.set(information, null, "Description", "");
    AttributeOrder.set(information, null, "Url", "");
    copyAttributes(identity, authenticode(information, "assemblyIdentity"));
    authenticode(grant, "SignedBy");
    authenticode(authenticode(grant, "AuthenticodePublisher"), "X509SubjectName")
        .setTextContent(publisherName);
    rel(license, "issuer");
    return relData;
  }

  static Element license(Element relData) {
    return ManifestXml.required(relData, REL, "license");
  }

  static Element issuer(Element license) {
    return ManifestXml.required(license, REL, "issuer");
  }

  private static void copyAttributes(Element from, Element to) {
    // All of them, namespace declarations included (mansign2 copies a deployment manifest's
    // xmlns="urn:schemas-microsoft-com:asm.v1" too); exclusive c14n ignores unused ones.
    for (Attr attribute : AttributeOrder.of(from)) {
      AttributeOrder.set(
          to, attribute.getNamespaceURI(), attribute.getName(), attribute.getValue());
    }
  }

  private static void declare(Element element, String prefix, String namespace) {
    AttributeOrder.set(element, XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + prefix, namespace);
  }

  private static Element rel(Element parent, String localName) {
    Document owner = parent.getOwnerDocument();
    return (Element) parent.appendChild(owner.createElementNS(REL, "r:" + localName));
  }

  private static Element authenticode(Element parent, String localName) {
    Document owner = parent.getOwnerDocument();
    return (Element) parent.appendChild(owner.createElementNS(AUTHENTICODE, "as:" + localName));
  }
}

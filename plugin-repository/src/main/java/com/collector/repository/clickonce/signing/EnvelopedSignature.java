package com.collector.repository.clickonce.signing;

import static com.collector.repository.clickonce.signing.ManifestXml.DSIG;

import com.collector.repository.signing.Signer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import javax.xml.XMLConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Creates the XML signatures ClickOnce uses: one enveloped reference ({@code URI=""}) with the
 * enveloped-signature and exclusive c14n transforms, RSA with SHA-256 under the pre-standard {@code
 * xmldsig#rsa-sha256} and {@code xmldsig#sha256} URIs that Windows expects.
 */
final class EnvelopedSignature {

  static final String EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
  static final String RSA_SHA256 = DSIG + "rsa-sha256";
  static final String SHA256 = DSIG + "sha256";
  static final String ENVELOPED = DSIG + "enveloped-signature";

  private EnvelopedSignature() {}

  /**
   * A {@code Signature} over {@code signed} (a document or an element not yet containing the
   * signature), ready to be appended inside it.
   */
  static Element create(
      Node signed, String id, Signer signer, List<Node> keyInfoContent, String keyInfoId) {
    Document owner = signed instanceof Document d ? d : signed.getOwnerDocument();
    byte[] digest = sha256(ExclusiveC14n.canonicalize(signed, null));
    Element signature = dsig(owner, "Signature");
    AttributeOrder.set(signature, null, "Id", id);
    AttributeOrder.set(signature, XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", DSIG);
    Element signedInfo = append(signature, "SignedInfo");
    append(signedInfo, "CanonicalizationMethod").setAttributeNS(null, "Algorithm", EXC_C14N);
    append(signedInfo, "SignatureMethod").setAttributeNS(null, "Algorithm", RSA_SHA256);
    Element reference = append(signedInfo, "Reference");
    AttributeOrder.set(reference, null, "URI", "");
    Element transforms = append(reference, "Transforms");
    append(transforms, "Transform").setAttributeNS(null, "Algorithm", ENVELOPED);
    append(transforms, "Transform").setAttributeNS(null, "Algorithm", EXC_C14N);
    append(reference, "DigestMethod").setAttributeNS(null, "Algorithm", SHA256);
    append(reference, "DigestValue").setTextContent(base64(digest));
    byte[] value = signer.sign(ExclusiveC14n.canonicalize(signedInfo, null));
    append(signature, "SignatureValue").setTextContent(base64(value));
    Element keyInfo = append(signature, "KeyInfo");
    if (keyInfoId != null) {
      AttributeOrder.set(keyInfo, null, "Id", keyInfoId);
    }
    keyInfoContent.forEach(keyInfo::appendChild);
    return signature;
  }

  static Element dsig(Document owner, String localName) {
    return owner.createElementNS(DSIG, localName);
  }

  static Element append(Element parent, String localName) {
    return (Element) parent.appendChild(dsig(parent.getOwnerDocument(), localName));
  }

  static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}

package com.collector.repository.clickonce;

import java.security.MessageDigest;
import java.util.Base64;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The {@code hash} a manifest declares for a file: SHA-256 (ClickOnce's default), or SHA-1 as older
 * publishes have, over the file's bytes as they are (only the identity transform is accepted, since
 * any other would need the file to be re-read as an assembly).
 *
 * @param algorithm the {@code DigestMethod} URI
 * @param value the {@code DigestValue}, base64
 */
public record DeclaredDigest(String algorithm, String value) {

  /** Whether the declared algorithm is SHA-1 rather than SHA-256. */
  public boolean isSha1() {
    return ManifestXml.SHA1.equals(algorithm);
  }

  /** Whether the declared digest is that of a file with these SHA-256 and SHA-1 digests. */
  boolean matches(byte[] sha256, byte[] sha1) {
    byte[] declared;
    try {
      declared = Base64.getMimeDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(declared, isSha1() ? sha1 : sha256);
  }

  /** Reads the {@code hash} child of {@code owner}; {@code field} names the culprit if refused. */
  static DeclaredDigest of(Element owner, String field, String what) {
    Element hash = ManifestXml.child(owner, "hash");
    if (hash == null) {
      throw new PublishRefusedException(field, what + " declares no hash");
    }
    Element transforms = ManifestXml.dsigChild(hash, "Transforms");
    if (transforms != null) {
      for (Element transform = ManifestXml.dsigChild(transforms, "Transform");
          transform != null;
          transform = nextTransform(transform)) {
        if (!ManifestXml.IDENTITY_TRANSFORM.equals(transform.getAttribute("Algorithm"))) {
          throw new PublishRefusedException(
              field,
              what + " uses the unsupported transform " + transform.getAttribute("Algorithm"));
        }
      }
    }
    Element method = ManifestXml.dsigChild(hash, "DigestMethod");
    Element value = ManifestXml.dsigChild(hash, "DigestValue");
    if (method == null || value == null) {
      throw new PublishRefusedException(field, what + " has no DigestMethod or DigestValue");
    }
    String algorithm = method.getAttribute("Algorithm");
    if (!algorithm.equals(ManifestXml.SHA256)
        && !algorithm.equals(ManifestXml.XMLENC_SHA256)
        && !algorithm.equals(ManifestXml.SHA1)) {
      throw new PublishRefusedException(
          field, what + " uses the unsupported digest algorithm '" + algorithm + "'");
    }
    return new DeclaredDigest(algorithm, value.getTextContent().strip());
  }

  private static Element nextTransform(Element transform) {
    for (Node n = transform.getNextSibling(); n != null; n = n.getNextSibling()) {
      if (ManifestXml.isDsig(n, "Transform")) {
        return (Element) n;
      }
    }
    return null;
  }
}

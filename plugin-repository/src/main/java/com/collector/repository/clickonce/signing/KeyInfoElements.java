package com.collector.repository.clickonce.signing;

import static com.collector.repository.clickonce.signing.EnvelopedSignature.append;
import static com.collector.repository.clickonce.signing.EnvelopedSignature.base64;
import static com.collector.repository.clickonce.signing.EnvelopedSignature.dsig;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The {@code KeyValue/RSAKeyValue} and {@code X509Data} children of a signature's KeyInfo. */
final class KeyInfoElements {

  private KeyInfoElements() {}

  static Element rsaKeyValue(Document owner, RSAPublicKey key) {
    Element keyValue = dsig(owner, "KeyValue");
    Element rsa = append(keyValue, "RSAKeyValue");
    append(rsa, "Modulus").setTextContent(base64(StrongNameKeys.unsigned(key.getModulus())));
    append(rsa, "Exponent")
        .setTextContent(base64(StrongNameKeys.unsigned(key.getPublicExponent())));
    return keyValue;
  }

  /** The signing certificate first, then the issuers that let Windows build the chain. */
  static Element x509Data(Document owner, List<X509Certificate> chain) {
    Element data = dsig(owner, "X509Data");
    for (X509Certificate certificate : chain) {
      try {
        append(data, "X509Certificate").setTextContent(base64(certificate.getEncoded()));
      } catch (CertificateEncodingException e) {
        throw new IllegalArgumentException("certificate cannot be encoded", e);
      }
    }
    return data;
  }
}

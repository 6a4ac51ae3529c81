package com.collector.repository.clickonce.signing;

import static com.collector.repository.clickonce.signing.ManifestXml.ASM_V1;
import static com.collector.repository.clickonce.signing.ManifestXml.ASM_V2;
import static com.collector.repository.clickonce.signing.ManifestXml.AUTHENTICODE;
import static com.collector.repository.clickonce.signing.ManifestXml.DSIG;

import com.collector.repository.signing.Signer;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Signs ClickOnce deployment and application manifests as mansign2 does when one certificate is
 * both the strong-name key and the Authenticode publisher: the license (with the reversed
 * strong-name digest) is signed first, then the manifest with the license in its KeyInfo.
 */
public final class ManifestSigner {

  private final Signer signer;
  private final List<X509Certificate> issuers;

  /** What X509Data carries: the signer's certificate and its issuers but a self-signed root. */
  private final List<X509Certificate> chain;

  private final Optional<TimestampAuthority> timestamps;

  /**
   * @param signer holds the RSA key of its certificate; it signs with SHA256withRSA
   * @param issuers the certificates above the signer's, leaf-most first, up to the root (empty if
   *     self-signed); the first gives {@code issuerKeyHash}; like mansign2 the manifest carries all
   *     but a self-signed root
   * @throws IllegalArgumentException if the key is not RSA or the first issuer is missing
   */
  public ManifestSigner(Signer signer, List<X509Certificate> issuers) {
    this(signer, issuers, Optional.empty());
  }

  /** For a signer whose certificate is self-signed. */
  public ManifestSigner(Signer signer) {
    this(signer, List.of());
  }

  private ManifestSigner(
      Signer signer, List<X509Certificate> issuers, Optional<TimestampAuthority> timestamps) {
    if (!(signer.certificate().getPublicKey() instanceof RSAPublicKey)) {
      throw new IllegalArgumentException("ClickOnce needs an RSA key");
    }
    X509Certificate certificate = signer.certificate();
    boolean issuerKnown =
        issuers.isEmpty() ? isRoot(certificate) : issuedBy(certificate, issuers.get(0));
    if (!issuerKnown) {
      throw new IllegalArgumentException(
          "issuerKeyHash needs the issuer of " + certificate.getSubjectX500Principal() + " first");
    }
    this.signer = signer;
    this.issuers = List.copyOf(issuers);
    List<X509Certificate> certificates = new ArrayList<>();
    certificates.add(certificate);
    certificates.addAll(issuers);
    if (certificates.size() > 1 && isRoot(certificates.get(certificates.size() - 1))) {
      certificates.remove(certificates.size() - 1); // X509IncludeOption.ExcludeRoot
    }
    this.chain = List.copyOf(certificates);
    this.timestamps = timestamps;
  }

  /** The same signer, also timestamping the Authenticode signature (mansign2's timeStampUrl). */
  public ManifestSigner withTimestamps(TimestampAuthority authority) {
    return new ManifestSigner(signer, issuers, Optional.of(authority));
  }

  /**
   * Signs manifest bytes, replacing any signature they carry.
   *
   * @throws ManifestFormatException if they are not a ClickOnce manifest
   */
  public byte[] sign(byte[] manifest) {
    Document document = ManifestXml.parse(manifest);
    AttributeOrder.record(manifest, document);
    return sign(document);
  }

  /**
   * Signs a copy of {@code manifest} (a namespace-aware DOM, left untouched) and returns its bytes.
   * The JDK's DOM does not keep attribute order, so attributes come out sorted; {@link
   * #sign(byte[])} keeps them.
   */
  public byte[] sign(Document manifest) {
    Document copy = (Document) manifest.cloneNode(true);
    Element assembly = ManifestXml.assembly(copy);
    ManifestXml.children(assembly, DSIG, "Signature").forEach(assembly::removeChild);
    RSAPublicKey key = (RSAPublicKey) signer.certificate().getPublicKey();
    Element identity = ManifestXml.required(assembly, ASM_V1, "assemblyIdentity");
    if (!identity.hasAttribute("publicKeyToken")) {
      // mansign2 refuses too: the token's place is part of the manifest the publisher wrote.
      throw new ManifestFormatException("assemblyIdentity has no publicKeyToken to replace");
    }
    AttributeOrder.set(identity, null, "publicKeyToken", StrongNameKeys.publicKeyToken(key));
    String publisher = WindowsNames.subject(signer.certificate());
    assembly.appendChild(publisherIdentity(assembly, publisher));

    byte[] digest = EnvelopedSignature.sha256(ExclusiveC14n.canonicalize(copy, null));
    Element relData = License.relData(identity, digest, publisher);
    signLicense(License.license(relData), key);
    Element keyValue = KeyInfoElements.rsaKeyValue(copy, key);
    assembly.appendChild(
        EnvelopedSignature.create(
            copy, "StrongNameSignature", signer, List.of(keyValue, relData), "StrongNameKeyInfo"));
    return ManifestWriter.write(copy);
  }

  /** The existing {@code publisherIdentity} (keeping its attributes' order) or a new one. */
  private Element publisherIdentity(Element assembly, String publisher) {
    Element publisherIdentity =
        ManifestXml.child(assembly, ASM_V2, "publisherIdentity")
            .orElseGet(
                () -> assembly.getOwnerDocument().createElementNS(ASM_V2, "publisherIdentity"));
    AttributeOrder.set(publisherIdentity, null, "name", publisher);
    AttributeOrder.set(
        publisherIdentity, null, "issuerKeyHash", StrongNameKeys.issuerKeyHash(issuer()));
    return publisherIdentity;
  }

  private void signLicense(Element license, RSAPublicKey key) {
    Document owner = license.getOwnerDocument();
    List<Node> keyInfo =
        List.of(KeyInfoElements.rsaKeyValue(owner, key), KeyInfoElements.x509Data(owner, chain));
    Element signature =
        EnvelopedSignature.create(license, "AuthenticodeSignature", signer, keyInfo, null);
    License.issuer(license).appendChild(signature);
    timestamps.ifPresent(authority -> signature.appendChild(timestampObject(signature, authority)));
  }

  /** {@code <Object><as:Timestamp>}: outside what the Authenticode signature covers. */
  private static Element timestampObject(Element signature, TimestampAuthority authority) {
    byte[] signatureValue =
        SignatureElements.base64(ManifestXml.required(signature, DSIG, "SignatureValue"));
    Document owner = signature.getOwnerDocument();
    Element timestamp = owner.createElementNS(AUTHENTICODE, "as:Timestamp");
    timestamp.setTextContent(EnvelopedSignature.base64(authority.timestamp(signatureValue)));
    Element object = owner.createElementNS(DSIG, "Object");
    object.appendChild(timestamp);
    return object;
  }

  /** The certificate that issued the signer's, the signer's own if it is self-signed. */
  private X509Certificate issuer() {
    return issuers.isEmpty() ? signer.certificate() : issuers.get(0);
  }

  private static boolean issuedBy(X509Certificate certificate, X509Certificate issuer) {
    return certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal());
  }

  private static boolean isRoot(X509Certificate certificate) {
    return issuedBy(certificate, certificate);
  }
}

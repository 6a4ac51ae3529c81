package com.collector.repository.clickonce.signing;

import static com.collector.repository.clickonce.signing.ManifestXml.ASM_V1;
import static com.collector.repository.clickonce.signing.ManifestXml.ASM_V2;
import static com.collector.repository.clickonce.signing.ManifestXml.DSIG;

import com.collector.repository.signing.Signer;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Signs ClickOnce deployment and application manifests as mansign2 does when one certificate is
 * both the strong-name key and the Authenticode publisher: the license (with the reversed
 * strong-name digest) is signed first, then the manifest with the license in its KeyInfo.
 */
public final class ManifestSigner {

  private final Signer signer;
  private final List<X509Certificate> chain;

  /**
   * @param signer holds the RSA key of its certificate; it signs with SHA256withRSA
   * @param issuers the certificates above the signer's, leaf-most first (empty if self-signed); the
   *     first also gives {@code issuerKeyHash}
   */
  public ManifestSigner(Signer signer, List<X509Certificate> issuers) {
    if (!(signer.certificate().getPublicKey() instanceof RSAPublicKey)) {
      throw new IllegalArgumentException("ClickOnce needs an RSA key");
    }
    this.signer = signer;
    this.chain = new ArrayList<>();
    chain.add(signer.certificate());
    chain.addAll(issuers);
  }

  /** For a signer whose certificate is self-signed. */
  public ManifestSigner(Signer signer) {
    this(signer, List.of());
  }

  /** Signs manifest bytes, replacing any signature they carry. */
  public byte[] sign(byte[] manifest) {
    Document document = ManifestXml.parse(manifest);
    AttributeOrder.record(manifest, document);
    return sign(document);
  }

  /**
   * Signs a copy of {@code manifest} (which is left untouched) and returns its bytes. The JDK's DOM
   * does not keep attribute order, so attributes come out sorted; {@link #sign(byte[])} keeps them.
   */
  public byte[] sign(Document manifest) {
    Document copy = (Document) manifest.cloneNode(true);
    Element assembly = ManifestXml.assembly(copy);
    removeExistingSignature(assembly);
    RSAPublicKey key = (RSAPublicKey) signer.certificate().getPublicKey();
    Element identity = ManifestXml.required(assembly, ASM_V1, "assemblyIdentity");
    AttributeOrder.set(identity, null, "publicKeyToken", StrongNameKeys.publicKeyToken(key));
    String publisher = WindowsNames.subject(signer.certificate());
    Element publisherIdentity = copy.createElementNS(ASM_V2, "publisherIdentity");
    AttributeOrder.set(publisherIdentity, null, "name", publisher);
    AttributeOrder.set(
        publisherIdentity, null, "issuerKeyHash", StrongNameKeys.issuerKeyHash(issuer()));
    assembly.appendChild(publisherIdentity);

    byte[] digest = EnvelopedSignature.sha256(ExclusiveC14n.canonicalize(copy, null));
    Element relData = License.relData(identity, digest, publisher);
    Element license = License.license(relData);
    Element authenticode =
        EnvelopedSignature.create(
            license,
            "AuthenticodeSignature",
            signer,
            List.of(KeyInfoElements.rsaKeyValue(copy, key), KeyInfoElements.x509Data(copy, chain)),
            null);
    License.issuer(license).appendChild(authenticode);
    Element strongName =
        EnvelopedSignature.create(
            copy,
            "StrongNameSignature",
            signer,
            List.of(KeyInfoElements.rsaKeyValue(copy, key), relData),
            "StrongNameKeyInfo");
    assembly.appendChild(strongName);
    return ManifestWriter.write(copy);
  }

  /** The certificate that issued the signer's, the signer's own if it is self-signed. */
  private X509Certificate issuer() {
    return chain.get(chain.size() > 1 ? 1 : 0);
  }

  private static void removeExistingSignature(Element assembly) {
    ManifestXml.children(assembly, DSIG, "Signature").forEach(assembly::removeChild);
    ManifestXml.children(assembly, ASM_V2, "publisherIdentity").forEach(assembly::removeChild);
  }
}

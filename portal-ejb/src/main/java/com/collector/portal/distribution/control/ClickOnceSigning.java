package com.collector.portal.distribution.control;

import com.collector.portal.platform.control.DataDirectory;
import com.collector.repository.clickonce.signing.ManifestSigner;
import com.collector.repository.clickonce.signing.Rfc3161TimestampAuthority;
import com.collector.repository.signing.KeyVaultCertificateSigner;
import com.collector.repository.signing.KeyVaultSigner;
import com.collector.repository.signing.LocalKeyStoreSigner;
import com.collector.repository.signing.Signer;
import com.collector.repository.signing.SigningException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.w3c.dom.Document;

/**
 * The code-signing key of ClickOnce manifests, separate from the package and token keys. By default
 * a local PKCS#12 key with a self-signed certificate for {@code CN=<portal.vendor.name>}, generated
 * under {@code <data>/keys/clickonce-signing.p12} at first use; with {@code
 * portal.clickonce.keyvault.url} and {@code .key} an Azure Key Vault key that signs remotely, with
 * a self-signed certificate; with {@code .url} and {@code .certificate} (which wins over {@code
 * .key}) a code-signing certificate in Key Vault, e.g. CA-issued, whose key signs remotely — its
 * issuers, which Key Vault does not return, from the PEM file {@code .issuers}. With {@code
 * portal.clickonce.timestamp-url} every signature is countersigned by that RFC 3161 server.
 */
@ApplicationScoped
public class ClickOnceSigning {

  static final String LOCAL_KEY = "clickonce-signing";
  private static final Logger LOG = Logger.getLogger(ClickOnceSigning.class.getName());

  @Inject DataDirectory dataDirectory;

  @Inject
  @ConfigProperty(name = "portal.vendor.name", defaultValue = "Collector Vendor")
  String vendorName;

  @Inject
  @ConfigProperty(name = "portal.clickonce.keyvault.url")
  Optional<String> vaultUrl;

  @Inject
  @ConfigProperty(name = "portal.clickonce.keyvault.key")
  Optional<String> vaultKey;

  @Inject
  @ConfigProperty(name = "portal.clickonce.keyvault.certificate")
  Optional<String> vaultCertificate;

  @Inject
  @ConfigProperty(name = "portal.clickonce.keyvault.issuers")
  Optional<String> vaultIssuers;

  @Inject
  @ConfigProperty(name = "portal.clickonce.timestamp-url")
  Optional<String> timestampUrl;

  // Opened at first use: a portal that never hosts ClickOnce needs no such key.
  private volatile Signer signer;
  private volatile ManifestSigner manifestSigner;

  /** The key and certificate that sign. */
  public Signer signer() {
    opened();
    return signer;
  }

  /** Signs a manifest (mansign2 layout), timestamped when a timestamp server is configured. */
  public byte[] sign(Document manifest) {
    return opened().sign(manifest);
  }

  private synchronized ManifestSigner opened() {
    if (manifestSigner == null) {
      Signer key = openKey();
      List<X509Certificate> issuers =
          key instanceof KeyVaultCertificateSigner vault ? vault.issuers() : List.of();
      ManifestSigner made = new ManifestSigner(key, issuers);
      Optional<String> tsa = timestampUrl.filter(url -> !url.isBlank());
      if (tsa.isPresent()) {
        made = made.withTimestamps(new Rfc3161TimestampAuthority(URI.create(tsa.get())));
      }
      signer = key;
      manifestSigner = made;
    }
    return manifestSigner;
  }

  private Signer openKey() {
    Optional<String> url = set(vaultUrl);
    if (url.isPresent() && set(vaultCertificate).isPresent()) {
      KeyVaultCertificateSigner vault =
          KeyVaultCertificateSigner.open(
              url.get(), vaultCertificate.get(), readIssuers(set(vaultIssuers)));
      LOG.info(
          () ->
              "ClickOnce manifests are signed with Key Vault certificate "
                  + vault.vaultCertificateId()
                  + " ("
                  + vault.certificate().getSubjectX500Principal()
                  + ")");
      return vault;
    }
    if (url.isPresent() && set(vaultKey).isPresent()) {
      KeyVaultSigner vault = KeyVaultSigner.openOrCreate(url.get(), vaultKey.get());
      LOG.info(() -> "ClickOnce manifests are signed with Key Vault key " + vault.vaultKeyId());
      return vault;
    }
    return LocalKeyStoreSigner.openOrCreate(
        dataDirectory.keys(), LOCAL_KEY, "CN=" + escaped(vendorName));
  }

  private static Optional<String> set(Optional<String> setting) {
    return setting.map(String::strip).filter(value -> !value.isEmpty());
  }

  /** The certificates of a PEM (or DER) file, in file order; none without a file. */
  static List<X509Certificate> readIssuers(Optional<String> file) {
    if (file.isEmpty()) {
      return List.of();
    }
    try (InputStream in = Files.newInputStream(Path.of(file.get()))) {
      return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
          .map(X509Certificate.class::cast)
          .toList();
    } catch (IOException | CertificateException e) {
      throw new SigningException("Cannot read the ClickOnce issuer certificates " + file.get(), e);
    }
  }

  /** An RFC 4514 attribute value: a vendor named "Smith, Jones & Co" stays one CN. */
  static String escaped(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : value.strip().toCharArray()) {
      if (",+\"\\<>;=".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}

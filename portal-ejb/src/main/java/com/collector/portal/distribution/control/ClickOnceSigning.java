package com.collector.portal.distribution.control;

import com.collector.portal.platform.control.DataDirectory;
import com.collector.repository.clickonce.signing.ManifestSigner;
import com.collector.repository.clickonce.signing.Rfc3161TimestampAuthority;
import com.collector.repository.signing.KeyVaultSigner;
import com.collector.repository.signing.LocalKeyStoreSigner;
import com.collector.repository.signing.Signer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.w3c.dom.Document;

/**
 * The code-signing key of ClickOnce manifests, separate from the package and token keys. By default
 * a local PKCS#12 key with a self-signed certificate for {@code CN=<portal.vendor.name>}, generated
 * under {@code <data>/keys/clickonce-signing.p12} at first use; with {@code
 * portal.clickonce.keyvault.url} and {@code .key} an Azure Key Vault key that signs remotely. With
 * {@code portal.clickonce.timestamp-url} every signature is countersigned by that RFC 3161 server.
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
      Signer key;
      if (vaultUrl.filter(url -> !url.isBlank()).isPresent()
          && vaultKey.filter(name -> !name.isBlank()).isPresent()) {
        KeyVaultSigner vault = KeyVaultSigner.openOrCreate(vaultUrl.get(), vaultKey.get());
        LOG.info(() -> "ClickOnce manifests are signed with Key Vault key " + vault.vaultKeyId());
        key = vault;
      } else {
        key =
            LocalKeyStoreSigner.openOrCreate(
                dataDirectory.keys(), LOCAL_KEY, "CN=" + escaped(vendorName));
      }
      ManifestSigner made = new ManifestSigner(key);
      Optional<String> tsa = timestampUrl.filter(url -> !url.isBlank());
      if (tsa.isPresent()) {
        made = made.withTimestamps(new Rfc3161TimestampAuthority(URI.create(tsa.get())));
      }
      signer = key;
      manifestSigner = made;
    }
    return manifestSigner;
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

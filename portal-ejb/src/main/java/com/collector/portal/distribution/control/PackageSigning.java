package com.collector.portal.distribution.control;

import com.collector.portal.distribution.entity.SignedPackage;
import com.collector.portal.platform.control.DataDirectory;
import com.collector.repository.signing.KeyRing;
import com.collector.repository.signing.KeyVaultSigner;
import com.collector.repository.signing.LocalKeyStoreSigner;
import com.collector.repository.signing.PublishedKey;
import com.collector.repository.signing.Signer;
import com.collector.repository.storage.Sha256;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that signs release packages, separate from the API token key. By default a local PKCS#12
 * key generated under {@code <data>/keys} at first start; with {@code portal.signing.keyvault.url}
 * and {@code portal.signing.keyvault.key} an Azure Key Vault key that signs remotely. A package's
 * signature is RS256 over the 32 bytes of its SHA-256, so verifiers need the digest only, never the
 * package in memory.
 */
@ApplicationScoped
public class PackageSigning {

  private static final Logger LOG = Logger.getLogger(PackageSigning.class.getName());
  static final String LOCAL_KEY = "package-signing";
  private static final String SUBJECT = "CN=Collector Portal package signing";

  @Inject DataDirectory dataDirectory;

  @Inject
  @ConfigProperty(name = "portal.signing.keyvault.url")
  Optional<String> vaultUrl;

  @Inject
  @ConfigProperty(name = "portal.signing.keyvault.key")
  Optional<String> vaultKey;

  KeyRing ring;

  @PostConstruct
  void open() {
    if (vaultUrl.filter(url -> !url.isBlank()).isPresent()
        && vaultKey.filter(key -> !key.isBlank()).isPresent()) {
      KeyVaultSigner signer = KeyVaultSigner.openOrCreate(vaultUrl.get(), vaultKey.get());
      ring = signer.keyRing();
      LOG.info(() -> "Packages are signed with Key Vault key " + signer.vaultKeyId());
    } else {
      Signer signer = LocalKeyStoreSigner.openOrCreate(dataDirectory.keys(), LOCAL_KEY, SUBJECT);
      ring = new KeyRing(signer, retiredLocalKeys(dataDirectory.keys()));
    }
  }

  /** Creates (first start) or loads the key when the application starts, not at first upload. */
  void openAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    ring.current();
  }

  /** The current key and the retired ones still published. */
  public KeyRing keyRing() {
    return ring;
  }

  /** Signs the package whose SHA-256 is {@code sha256} (hex). */
  public SignedPackage sign(String sha256, long size) {
    Signer signer = ring.current();
    byte[] digest = HexFormat.of().parseHex(Sha256.requireValid(sha256));
    String signature = Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign(digest));
    return new SignedPackage(sha256, size, signature, signer.keyId(), signer.jwsAlgorithm());
  }

  /**
   * Retired local keys stay published while releases signed with them are served (rotation: see
   * {@link DataDirectory#retiredKeys}).
   */
  static List<PublishedKey> retiredLocalKeys(Path keys) {
    return DataDirectory.retiredKeys(keys, LOCAL_KEY).stream()
        .map(name -> PublishedKey.of(LocalKeyStoreSigner.openOrCreate(keys, name, SUBJECT)))
        .toList();
  }
}

package com.collector.repository.signing;

import com.azure.core.credential.TokenCredential;
import com.azure.core.exception.AzureException;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.security.keyvault.keys.KeyClient;
import com.azure.security.keyvault.keys.KeyClientBuilder;
import com.azure.security.keyvault.keys.cryptography.CryptographyClient;
import com.azure.security.keyvault.keys.models.KeyOperation;
import com.azure.security.keyvault.keys.models.KeyVaultKey;
import java.io.UncheckedIOException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;

/**
 * An RSA key in Azure Key Vault, pinned to one key version: the private key never leaves the vault,
 * which signs the SHA-256 digest of the data (RS256); the public key comes from the version's JWK
 * and verifies locally. The key id is the thumbprint of that public key ({@link KeyIds}), not the
 * vault's key URL: it is stable for the version, changes with every rotation, matches the local
 * signer's ids and publishes nothing about the vault.
 */
public final class KeyVaultSigner implements Signer {

  /** Key sizes Key Vault creates for RSA keys. */
  public static final Set<Integer> KEY_SIZES = Set.of(2048, 3072, 4096);

  private static final String ALGORITHM = "RS256";
  private static final KeyOperation[] OPERATIONS = {KeyOperation.SIGN, KeyOperation.VERIFY};

  private final KeyClient vault;
  private final KeyVaultKey key;
  private final CryptographyClient cryptography;
  private final PublicKey publicKey;
  private final String keyId;
  private X509Certificate certificate;

  private KeyVaultSigner(KeyClient vault, KeyVaultKey key) {
    this.publicKey = VaultKeys.rsaPublicKey(key);
    this.vault = vault;
    this.key = key;
    this.cryptography =
        vault.getCryptographyClient(key.getName(), key.getProperties().getVersion());
    this.keyId = KeyIds.of(publicKey);
  }

  /**
   * A client builder for the vault at {@code vaultUrl} (e.g. {@code https://x.vault.azure.net}),
   * authenticating with {@code credential}; callers may still set an HTTP client or options.
   */
  public static KeyClientBuilder vault(String vaultUrl, TokenCredential credential) {
    return new KeyClientBuilder().vaultUrl(vaultUrl).credential(credential);
  }

  /**
   * Production: the latest version of {@code keyName} (created as RSA 3072 on first use), with
   * {@code DefaultAzureCredential} — managed identity on Azure, environment or CLI login elsewhere.
   */
  public static KeyVaultSigner openOrCreate(String vaultUrl, String keyName) {
    TokenCredential credential = new DefaultAzureCredentialBuilder().build();
    return openOrCreate(vault(vaultUrl, credential).buildClient(), keyName, 3072);
  }

  /**
   * The latest version of {@code keyName}, created as an RSA key of {@code keySize} bits if none.
   * Instances starting together on an empty vault may each create a version; each signs with its
   * own, and {@link #keyRing()} publishes both, so nothing they sign goes unverifiable.
   */
  public static KeyVaultSigner openOrCreate(KeyClient vault, String keyName, int keySize) {
    return new KeyVaultSigner(vault, VaultKeys.latestOrCreate(vault, keyName, keySize, OPERATIONS));
  }

  /**
   * Creates a new version of the key, of the same size, and returns its signer. This signer keeps
   * working with its own version; publish both (see {@link #keyRing()}) while both are in use.
   */
  public KeyVaultSigner rotate() {
    return new KeyVaultSigner(vault, VaultKeys.rotate(vault, key.getName(), publicKey, OPERATIONS));
  }

  /**
   * The other enabled versions of this key, newest first: retire a version from publication by
   * disabling it in the vault.
   */
  public List<PublishedKey> otherVersions() {
    String version = key.getProperties().getVersion();
    try {
      return VaultKeys.enabledVersions(vault, key.getName(), other -> !version.equals(other))
          .stream()
          .map(KeyVaultSigner::published)
          .toList();
    } catch (AzureException | UncheckedIOException e) {
      throw new SigningException("Cannot list the versions of Key Vault key " + key.getName(), e);
    }
  }

  /** This signer as the current key, with the key's other enabled versions still published. */
  public KeyRing keyRing() {
    return new KeyRing(this, otherVersions());
  }

  /** The vault's identifier of the key version, {@code https://<vault>/keys/<name>/<version>}. */
  public String vaultKeyId() {
    return key.getId();
  }

  @Override
  public String keyId() {
    return keyId;
  }

  @Override
  public String jwsAlgorithm() {
    return ALGORITHM;
  }

  /** Signs remotely; the signature is checked against the public key before it is returned. */
  @Override
  public byte[] sign(byte[] data) {
    return RemoteSignatures.signChecked(
        cryptography,
        publicKey,
        data,
        key.getId(),
        () -> "Key Vault returned a bad signature for " + key.getId());
  }

  @Override
  public PublicKey publicKey() {
    return publicKey;
  }

  /**
   * A self-signed certificate for the key version, signed in the vault on first call. It is the
   * same on every call and every instance: its dates come from the version's creation time.
   */
  @Override
  public synchronized X509Certificate certificate() {
    if (certificate == null) {
      certificate = KeyVaultCertificates.selfSigned(this, key.getProperties().getCreatedOn());
    }
    return certificate;
  }

  private static PublishedKey published(KeyVaultKey key) {
    PublicKey publicKey = VaultKeys.rsaPublicKey(key);
    return new PublishedKey(KeyIds.of(publicKey), ALGORITHM, publicKey);
  }
}

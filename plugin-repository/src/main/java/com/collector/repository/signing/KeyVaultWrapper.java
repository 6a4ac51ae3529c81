package com.collector.repository.signing;

import com.azure.core.credential.TokenCredential;
import com.azure.core.exception.AzureException;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.security.keyvault.keys.KeyClient;
import com.azure.security.keyvault.keys.cryptography.CryptographyClient;
import com.azure.security.keyvault.keys.cryptography.models.KeyWrapAlgorithm;
import com.azure.security.keyvault.keys.models.KeyOperation;
import com.azure.security.keyvault.keys.models.KeyVaultKey;
import java.io.UncheckedIOException;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wraps data keys with an RSA key in Azure Key Vault (RSA-OAEP-256): the private key never leaves
 * the vault, which both wraps and unwraps. Wrapping uses the version current when opened;
 * unwrapping uses whichever enabled version of the same key name the key id names, so data keys
 * wrapped before a rotation — by this instance or another — still unwrap. As for {@link
 * KeyVaultSigner}, the key id is the thumbprint of the version's public key ({@link KeyIds}); the
 * vault version behind it is looked up on first use. Opening fails with a {@link SigningException},
 * wrapping and unwrapping with a {@link KeyWrappingException}.
 */
public final class KeyVaultWrapper implements KeyWrapper {

  private static final KeyOperation[] OPERATIONS = {KeyOperation.WRAP_KEY, KeyOperation.UNWRAP_KEY};

  private final KeyClient vault;
  private final KeyVaultKey key;
  private final PublicKey publicKey;
  private final String keyId;
  private final CryptographyClient cryptography;

  /** The versions of this key name seen so far, by vault version; shared with rotated wrappers. */
  private final Map<String, Version> versions;

  private record Version(String keyId, CryptographyClient cryptography) {}

  private KeyVaultWrapper(KeyClient vault, KeyVaultKey key, Map<String, Version> versions) {
    this.publicKey = VaultKeys.rsaPublicKey(key);
    List<KeyOperation> allowed = key.getKeyOperations();
    if (allowed != null && !allowed.isEmpty() && !allowed.containsAll(List.of(OPERATIONS))) {
      throw new SigningException(
          "Key Vault key " + key.getId() + " allows " + allowed + ", not wrapKey and unwrapKey",
          null);
    }
    this.vault = vault;
    this.key = key;
    this.keyId = KeyIds.of(publicKey);
    this.versions = versions;
    this.cryptography = remember(key, publicKey).cryptography();
  }

  /**
   * Production: the latest version of {@code keyName} (created as RSA 3072 on first use), with
   * {@code DefaultAzureCredential} — managed identity on Azure, environment or CLI login elsewhere.
   */
  public static KeyVaultWrapper openOrCreate(String vaultUrl, String keyName) {
    TokenCredential credential = new DefaultAzureCredentialBuilder().build();
    return openOrCreate(KeyVaultSigner.vault(vaultUrl, credential).buildClient(), keyName, 3072);
  }

  /**
   * The latest version of {@code keyName}, created as an RSA key of {@code keySize} bits allowing
   * wrapKey and unwrapKey if none. Give it a name of its own: a signing key does not wrap.
   */
  public static KeyVaultWrapper openOrCreate(KeyClient vault, String keyName, int keySize) {
    return new KeyVaultWrapper(
        vault,
        VaultKeys.latestOrCreate(vault, keyName, keySize, OPERATIONS),
        new ConcurrentHashMap<>());
  }

  /**
   * Creates a new version of the key, of the same size, and returns its wrapper, which wraps with
   * the new version and still unwraps what this one wrapped. Re-wrap data keys, then disable the
   * old version in the vault once nothing needs it.
   */
  public KeyVaultWrapper rotate() {
    return new KeyVaultWrapper(
        vault, VaultKeys.rotate(vault, key.getName(), publicKey, OPERATIONS), versions);
  }

  /** The vault's identifier of the key version, {@code https://<vault>/keys/<name>/<version>}. */
  public String vaultKeyId() {
    return key.getId();
  }

  /** The public half of the version that wraps. */
  public PublicKey publicKey() {
    return publicKey;
  }

  @Override
  public String keyId() {
    return keyId;
  }

  @Override
  public byte[] wrap(byte[] dataKey) {
    Objects.requireNonNull(dataKey, "dataKey");
    try {
      return cryptography.wrapKey(KeyWrapAlgorithm.RSA_OAEP_256, dataKey).getEncryptedKey();
    } catch (AzureException | UncheckedIOException e) {
      throw new KeyWrappingException("Wrapping a data key failed with " + key.getId(), e);
    }
  }

  @Override
  public byte[] unwrap(String keyId, byte[] wrapped) {
    Objects.requireNonNull(wrapped, "wrapped");
    Optional<CryptographyClient> version = known(keyId);
    if (version.isEmpty()) {
      lookUpNewVersions();
      version = known(keyId);
    }
    if (version.isEmpty()) {
      throw new KeyWrappingException(
          "No enabled version of Key Vault key " + key.getName() + " has key id " + keyId, null);
    }
    try {
      return version.get().unwrapKey(KeyWrapAlgorithm.RSA_OAEP_256, wrapped).getKey();
    } catch (AzureException | UncheckedIOException e) {
      throw new KeyWrappingException(
          "Key Vault key " + key.getName() + " did not unwrap the data key of key id " + keyId, e);
    }
  }

  private Optional<CryptographyClient> known(String keyId) {
    return versions.values().stream()
        .filter(version -> version.keyId().equals(keyId))
        .map(Version::cryptography)
        .findFirst();
  }

  /**
   * Versions made since we last looked, here or by another instance (rotation, a race at start).
   */
  private void lookUpNewVersions() {
    try {
      VaultKeys.enabledVersions(vault, key.getName(), version -> !versions.containsKey(version))
          .forEach(found -> remember(found, VaultKeys.rsaPublicKey(found)));
    } catch (AzureException | UncheckedIOException e) {
      throw new KeyWrappingException(
          "Cannot list the versions of Key Vault key " + key.getName(), e);
    }
  }

  private Version remember(KeyVaultKey found, PublicKey foundKey) {
    String version = found.getProperties().getVersion();
    return versions.computeIfAbsent(
        version,
        any ->
            new Version(
                KeyIds.of(foundKey), vault.getCryptographyClient(found.getName(), version)));
  }
}

package com.collector.repository.signing;

import com.azure.core.exception.AzureException;
import com.azure.core.exception.ResourceNotFoundException;
import com.azure.security.keyvault.keys.KeyClient;
import com.azure.security.keyvault.keys.models.CreateRsaKeyOptions;
import com.azure.security.keyvault.keys.models.KeyOperation;
import com.azure.security.keyvault.keys.models.KeyProperties;
import com.azure.security.keyvault.keys.models.KeyType;
import com.azure.security.keyvault.keys.models.KeyVaultKey;
import java.io.UncheckedIOException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The Key Vault RSA key handling {@link KeyVaultSigner} and {@link KeyVaultWrapper} share: the
 * latest version or a new one, the enabled versions, the public key.
 */
final class VaultKeys {

  private VaultKeys() {}

  /**
   * The latest version of {@code name}, created as RSA {@code keySize} allowing {@code operations}
   * only if the vault has none.
   *
   * @throws IllegalArgumentException for a size Key Vault does not make, before any call
   * @throws SigningException if the vault cannot be reached or refuses
   */
  static KeyVaultKey latestOrCreate(
      KeyClient vault, String name, int keySize, KeyOperation... operations) {
    if (!KeyVaultSigner.KEY_SIZES.contains(keySize)) {
      throw new IllegalArgumentException("RSA key size must be one of " + KeyVaultSigner.KEY_SIZES);
    }
    try {
      try {
        return vault.getKey(name);
      } catch (ResourceNotFoundException absent) {
        return create(vault, name, keySize, operations);
      }
    } catch (AzureException | UncheckedIOException e) {
      throw new SigningException("Cannot open Key Vault key " + name, e);
    }
  }

  /** A new version of {@code name}, of {@code current}'s size, allowing {@code operations} only. */
  static KeyVaultKey rotate(KeyClient vault, String name, PublicKey current, KeyOperation... ops) {
    int keySize = ((RSAPublicKey) current).getModulus().bitLength();
    try {
      return create(vault, name, keySize, ops);
    } catch (AzureException | UncheckedIOException e) {
      throw new SigningException("Cannot rotate Key Vault key " + name, e);
    }
  }

  private static KeyVaultKey create(
      KeyClient vault, String name, int keySize, KeyOperation... operations) {
    return vault.createRsaKey(
        new CreateRsaKeyOptions(name).setKeySize(keySize).setKeyOperations(operations));
  }

  /**
   * The enabled versions of {@code name} whose version {@code wanted} accepts, newest first. Azure
   * faults pass through: callers say what they were listing for.
   */
  static List<KeyVaultKey> enabledVersions(KeyClient vault, String name, Predicate<String> wanted) {
    return vault.listPropertiesOfKeyVersions(name).stream()
        .filter(properties -> Boolean.TRUE.equals(properties.isEnabled()))
        .filter(properties -> wanted.test(properties.getVersion()))
        .sorted(
            Comparator.comparing(
                KeyProperties::getCreatedOn,
                Comparator.nullsLast(Comparator.<OffsetDateTime>reverseOrder())))
        .map(properties -> vault.getKey(properties.getName(), properties.getVersion()))
        .toList();
  }

  /** The public key of an RSA key version; a key of another type is refused. */
  static PublicKey rsaPublicKey(KeyVaultKey key) {
    KeyType type = key.getKeyType();
    if (!KeyType.RSA.equals(type) && !KeyType.RSA_HSM.equals(type)) {
      throw new SigningException(
          "Key Vault key " + key.getId() + " is " + type + ", not RSA", null);
    }
    return key.getKey().toRsa(false).getPublic();
  }
}

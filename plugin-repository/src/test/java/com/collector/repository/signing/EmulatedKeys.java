package com.collector.repository.signing;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/** The key store behind {@link LocalKeyVault}: RSA key versions in memory, real crypto. */
final class EmulatedKeys {

  /** Creation times count up from here, one second per version, so "newest" is never a tie. */
  private static final long FIRST_CREATED = 1_767_225_600L;

  /** DER prefix of a SHA-256 DigestInfo (RFC 8017, 9.2 note 1). */
  private static final byte[] SHA256_DIGEST_INFO =
      HexFormat.of().parseHex("3031300d060960864801650304020105000420");

  private static final Set<Integer> SIZES = Set.of(2048, 3072, 4096);

  record Version(
      String name, String version, KeyPair pair, long created, List<String> ops, boolean enabled) {
    Version disabled() {
      return new Version(name, version, pair, created, ops, false);
    }
  }

  private final Map<String, List<Version>> keys = new LinkedHashMap<>();
  private long versionsMade;

  synchronized Version create(String name, String type, int size, List<String> ops) {
    if (!"RSA".equals(type) && !"RSA-HSM".equals(type)) {
      throw new VaultError(400, "BadParameter", "The emulator makes RSA keys only, not " + type);
    }
    if (!SIZES.contains(size)) {
      throw new VaultError(400, "BadParameter", "Unsupported RSA key size " + size);
    }
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(size);
      return add(name, generator.generateKeyPair(), ops);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A new version of {@code name} holding {@code pair}, as importing a certificate makes one. */
  synchronized Version add(String name, KeyPair pair, List<String> ops) {
    String version = UUID.randomUUID().toString().replace("-", "");
    Version made = new Version(name, version, pair, FIRST_CREATED + versionsMade++, ops, true);
    keys.computeIfAbsent(name, any -> new ArrayList<>()).add(made);
    return made;
  }

  synchronized Version latest(String name) {
    List<Version> versions = versions(name);
    return versions.get(versions.size() - 1);
  }

  synchronized Version find(String name, String version) {
    return versions(name).stream()
        .filter(candidate -> candidate.version().equals(version))
        .findFirst()
        .orElseThrow(() -> notFound(name + "/" + version));
  }

  synchronized List<Version> versions(String name) {
    List<Version> versions = Optional.ofNullable(keys.get(name)).orElseThrow(() -> notFound(name));
    return List.copyOf(versions);
  }

  synchronized void disable(String name, String version) {
    List<Version> versions = keys.get(name);
    versions.replaceAll(v -> v.version().equals(version) ? v.disabled() : v);
  }

  /** RS256 over a digest the client computed: PKCS#1 v1.5 of the SHA-256 DigestInfo. */
  static byte[] sign(Version key, String algorithm, byte[] digest) {
    allow(key, "sign");
    if (!"RS256".equals(algorithm)) {
      throw new VaultError(400, "BadParameter", "The emulator signs RS256 only, not " + algorithm);
    }
    if (digest.length != 32) {
      throw new VaultError(
          400, "BadParameter", "An RS256 digest has 32 bytes, not " + digest.length);
    }
    try {
      byte[] digestInfo = new byte[SHA256_DIGEST_INFO.length + digest.length];
      System.arraycopy(SHA256_DIGEST_INFO, 0, digestInfo, 0, SHA256_DIGEST_INFO.length);
      System.arraycopy(digest, 0, digestInfo, SHA256_DIGEST_INFO.length, digest.length);
      Signature signature = Signature.getInstance("NONEwithRSA");
      signature.initSign(key.pair().getPrivate());
      signature.update(digestInfo);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** RSA-OAEP-256 as Key Vault does it: OAEP with SHA-256 and MGF1-SHA-256. */
  static byte[] wrap(Version key, String algorithm, byte[] dataKey) {
    return oaep(key, "wrapKey", algorithm, dataKey);
  }

  static byte[] unwrap(Version key, String algorithm, byte[] wrapped) {
    return oaep(key, "unwrapKey", algorithm, wrapped);
  }

  private static byte[] oaep(Version key, String operation, String algorithm, byte[] value) {
    allow(key, operation);
    if (!"RSA-OAEP-256".equals(algorithm)) {
      throw new VaultError(
          400, "BadParameter", "The emulator wraps with RSA-OAEP-256 only, not " + algorithm);
    }
    boolean wrap = "wrapKey".equals(operation);
    try {
      return wrap
          ? rsaOaep256(Cipher.ENCRYPT_MODE, key.pair().getPublic()).doFinal(value)
          : rsaOaep256(Cipher.DECRYPT_MODE, key.pair().getPrivate()).doFinal(value);
    } catch (GeneralSecurityException e) {
      throw new VaultError(400, "BadParameter", operation + " failed with this key and value.");
    }
  }

  /**
   * The JDK cipher for RSA-OAEP-256, written out here rather than taken from the main code, so the
   * emulator checks the wrappers instead of agreeing with them by construction.
   */
  static Cipher rsaOaep256(int mode, Key key) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
    cipher.init(
        mode,
        key,
        new OAEPParameterSpec(
            "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
    return cipher;
  }

  /** Refuses, as Key Vault does, an operation on a disabled key or one the key does not allow. */
  private static void allow(Version key, String operation) {
    if (!key.enabled()) {
      throw new VaultError(
          403, "Forbidden", "Operation " + operation + " is not allowed on a disabled key.");
    }
    if (!key.ops().contains(operation)) {
      throw new VaultError(
          403, "Forbidden", "Operation " + operation + " is not permitted for this key.");
    }
  }

  private static VaultError notFound(String what) {
    return new VaultError(
        404, "KeyNotFound", "A key with (name/id) " + what + " was not found in this key vault.");
  }

  /** An error answer as Key Vault gives it: a status and {@code {"error":{code,message}}}. */
  static final class VaultError extends RuntimeException {
    final int status;
    final String code;

    VaultError(int status, String code, String message) {
      super(message);
      this.status = status;
      this.code = code;
    }
  }
}

package com.collector.repository.signing;

/**
 * Wraps data keys (envelope encryption) with a key-encryption key whose private half may live
 * elsewhere (a local key store, Azure Key Vault). The algorithm is RSA-OAEP with SHA-256 and
 * MGF1-SHA-256 (Key Vault's {@code RSA-OAEP-256}) everywhere, so a wrapped key's bytes mean the
 * same whichever implementation made them.
 */
public interface KeyWrapper {

  /**
   * The id of the key that {@link #wrap} uses now; store it beside the wrapped bytes and hand it
   * back to {@link #unwrap}. Derived from the public key ({@link KeyIds}): a new key gets a new id.
   */
  String keyId();

  /**
   * The data key encrypted under the current key.
   *
   * @throws KeyWrappingException if the key refuses or cannot be reached
   */
  byte[] wrap(byte[] dataKey);

  /**
   * The data key that {@code wrapped} holds, made by {@link #wrap} under the key {@code keyId} —
   * the current key or an older one this wrapper still knows.
   *
   * @throws KeyWrappingException if {@code keyId} names no key known here, or the bytes do not
   *     unwrap under it (changed, or wrapped by another key)
   */
  byte[] unwrap(String keyId, byte[] wrapped);
}

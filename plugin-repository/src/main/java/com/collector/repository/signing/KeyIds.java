package com.collector.repository.signing;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Base64;

/**
 * Key ids derived from the public key itself, so every {@link Signer} names its key the same way
 * wherever the private half lives, and a new key (or Key Vault key version) always gets a new id.
 */
public final class KeyIds {

  private KeyIds() {}

  /** The first 128 bits of the SHA-256 of the key's X.509 SubjectPublicKeyInfo, base64url. */
  public static String of(PublicKey key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

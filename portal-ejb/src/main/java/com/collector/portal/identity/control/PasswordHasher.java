package com.collector.portal.identity.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 hashes in the form {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}. The
 * iteration count is stored per hash so it can be raised later without invalidating passwords.
 */
public class PasswordHasher {

  public static final int MINIMUM_ITERATIONS = 210_000;
  private static final String PREFIX = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;

  private final int iterations;
  private final SecureRandom random = new SecureRandom();
  private final String dummyHash;

  public PasswordHasher(int iterations) {
    this.iterations = Math.max(iterations, MINIMUM_ITERATIONS);
    this.dummyHash = hash("not-a-password-of-anybody");
  }

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return String.join(
        "$",
        PREFIX,
        Integer.toString(iterations),
        b64.encodeToString(salt),
        b64.encodeToString(derive(password, salt, iterations)));
  }

  /** Checks a password in constant time; a malformed stored hash never matches. */
  public boolean verify(String password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split("\\$");
    if (parts.length != 4 || !PREFIX.equals(parts[0])) {
      return false;
    }
    try {
      int storedIterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, salt, storedIterations));
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /** Spends the time of a real check, so an unknown e-mail answers as slowly as a known one. */
  public void verifyAgainstNobody(String password) {
    verify(password, dummyHash);
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    try {
      KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
    }
  }
}

package com.collector.portal.identity.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps compute them by default:
 * HMAC-SHA1, 30-second steps, six digits.
 */
public final class Totp {

  public static final int DIGITS = 6;
  public static final long STEP_SECONDS = 30;

  /** Phones drift: the previous and the next step are accepted too. */
  static final int SKEW_STEPS = 1;

  private Totp() {}

  public static long stepAt(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
  }

  /** The code of {@code step}, zero-padded to {@code digits}. */
  public static String code(byte[] secret, long step, int digits) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary = ByteBuffer.wrap(hash, offset, Integer.BYTES).getInt() & 0x7fffffff;
      int modulus = (int) Math.pow(10, digits);
      return String.format("%0" + digits + "d", binary % modulus);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
    }
  }

  /**
   * The step whose code {@code code} is, within the accepted skew of {@code now} and later than
   * {@code lastUsedStep}: a code already used (or older than one used) is refused, so a code seen
   * over a shoulder or in a log cannot be replayed.
   */
  public static OptionalLong matchingStep(
      byte[] secret, String code, Instant now, long lastUsedStep) {
    if (code == null || !code.matches("[0-9]{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    byte[] given = code.getBytes(StandardCharsets.US_ASCII);
    long current = stepAt(now);
    OptionalLong match = OptionalLong.empty();
    for (long step = current - SKEW_STEPS; step <= current + SKEW_STEPS; step++) {
      byte[] expected = code(secret, step, DIGITS).getBytes(StandardCharsets.US_ASCII);
      // Every candidate is compared in constant time, matching or not.
      if (MessageDigest.isEqual(expected, given) && step > lastUsedStep && match.isEmpty()) {
        match = OptionalLong.of(step);
      }
    }
    return match;
  }
}

package com.collector.portal.it;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The authenticator app of test users: computes RFC 6238 codes (written here independently of the
 * portal's code) from the seeds the portal handed out, never the same step twice for one user.
 */
public final class Authenticators {

  private static final Map<String, byte[]> SEEDS = new HashMap<>();
  private static final Map<String, Long> LAST_STEP = new HashMap<>();

  private Authenticators() {}

  public static synchronized void remember(String email, String base32Seed) {
    SEEDS.put(email.toLowerCase(Locale.ROOT), decode(base32Seed));
    LAST_STEP.remove(email.toLowerCase(Locale.ROOT));
  }

  public static synchronized void forget(String email) {
    SEEDS.remove(email.toLowerCase(Locale.ROOT));
  }

  public static synchronized boolean knows(String email) {
    return SEEDS.containsKey(email.toLowerCase(Locale.ROOT));
  }

  /**
   * A code the portal has not seen yet: the earliest step it accepts (one back, one ahead) after
   * the last one used, waiting for the clock only when all three were used.
   */
  public static synchronized String nextCode(String email) {
    String key = email.toLowerCase(Locale.ROOT);
    awayFromStepEdge();
    long step = Math.max(currentStep() - 1, LAST_STEP.getOrDefault(key, 0L) + 1);
    while (step > currentStep() + 1) {
      sleep(1000);
    }
    LAST_STEP.put(key, step);
    return code(SEEDS.get(key), step);
  }

  /** The code of {@code offset} steps from now, without recording it as used. */
  public static synchronized String codeAt(String email, long offset) {
    return code(SEEDS.get(email.toLowerCase(Locale.ROOT)), currentStep() + offset);
  }

  /** Marks a step as used by a test that sent a code itself. */
  public static synchronized void used(String email, long offset) {
    LAST_STEP.put(email.toLowerCase(Locale.ROOT), currentStep() + offset);
  }

  /** Waits while a step boundary is under three seconds away, so offsets stay what they mean. */
  public static void awayFromStepEdge() {
    while (30 - Instant.now().getEpochSecond() % 30 < 3) {
      sleep(500);
    }
  }

  public static long currentStep() {
    return Instant.now().getEpochSecond() / 30;
  }

  static String code(byte[] seed, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(seed, "HmacSHA1"));
      byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int o = h[19] & 0xf;
      int value =
          ((h[o] & 0x7f) << 24)
              | ((h[o + 1] & 0xff) << 16)
              | ((h[o + 2] & 0xff) << 8)
              | (h[o + 3] & 0xff);
      return String.format("%06d", value % 1_000_000);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] decode(String base32) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : base32.toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

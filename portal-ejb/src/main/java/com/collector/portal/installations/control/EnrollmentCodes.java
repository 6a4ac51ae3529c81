package com.collector.portal.installations.control;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * One-time enrollment codes a person reads from the portal and types on the Collector's machine:
 * ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), grouped {@code
 * XXXX-XXXX-XX}, about 49 random bits. Typing is forgiving: case, spaces and dashes do not matter.
 */
public final class EnrollmentCodes {

  static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  static final int LENGTH = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  private EnrollmentCodes() {}

  /** A new random code, grouped for reading. */
  public static String newCode() {
    StringBuilder code = new StringBuilder(LENGTH + 2);
    for (int i = 0; i < LENGTH; i++) {
      if (i == 4 || i == 8) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /**
   * The code as it is hashed: upper case, without separators; null when it cannot be a code (so
   * nothing is looked up for it).
   */
  public static String normalize(String typed) {
    if (typed == null) {
      return null;
    }
    String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (code.length() != LENGTH) {
      return null;
    }
    for (int i = 0; i < code.length(); i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return null;
      }
    }
    return code;
  }
}

package com.collector.repository.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/** SHA-256 helpers shared by the stores: the digest and the canonical hex form of a blob name. */
public final class Sha256 {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  private Sha256() {}

  /** A fresh SHA-256 digest. */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Whether {@code text} is a SHA-256 in canonical form: 64 lowercase hex digits. */
  public static boolean isValid(String text) {
    return text != null && HEX.matcher(text).matches();
  }

  /**
   * Returns {@code text} when it is a canonical SHA-256. Stores call this before using a name, so a
   * caller-supplied name can never address anything but a blob (no {@code ../}).
   *
   * @throws IllegalArgumentException otherwise
   */
  public static String requireValid(String text) {
    if (!isValid(text)) {
      throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits");
    }
    return text;
  }
}

package com.collector.portal.identity.control;

import com.collector.portal.platform.boundary.InvalidInputException;
import java.util.Locale;

/** The rules a new password must meet. */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 256;

  private PasswordPolicy() {}

  /** Fails with a 400 naming {@code field} when {@code password} breaks a rule. */
  public static void check(String password, String email, String field) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      throw new InvalidInputException(field, "must have at least " + MIN_LENGTH + " characters");
    }
    if (length > MAX_LENGTH) {
      throw new InvalidInputException(field, "must have at most " + MAX_LENGTH + " characters");
    }
    if (email != null
        && !email.isBlank()
        && password.toLowerCase(Locale.ROOT).contains(email.strip().toLowerCase(Locale.ROOT))) {
      throw new InvalidInputException(field, "must not contain the e-mail address");
    }
  }
}

package com.collector.portal.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** Sign-in attempts for this e-mail are refused for a while after repeated failures. */
@ApplicationException(rollback = false)
public class TooManyAttemptsException extends RetryLaterException {

  public TooManyAttemptsException(Duration retryAfter) {
    super("error.tooManyAttempts", "Too many failed sign-in attempts; retry later", retryAfter);
  }

  @Override
  public int status() {
    return 429;
  }

  @Override
  public String type() {
    return "too-many-attempts";
  }
}

package com.collector.portal.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** Sign-in attempts for this e-mail are refused for a while after repeated failures. */
@ApplicationException(rollback = false)
public class TooManyAttemptsException extends PortalException {

  private final Duration retryAfter;

  public TooManyAttemptsException(Duration retryAfter) {
    super("error.tooManyAttempts", "Too many failed sign-in attempts; retry later");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
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

package com.collector.portal.platform.boundary;

import java.time.Duration;

/** A refusal the client may try again after {@link #retryAfter()} ({@code Retry-After}). */
public abstract class RetryLaterException extends PortalException {

  private final Duration retryAfter;

  protected RetryLaterException(String messageKey, String detail, Duration retryAfter) {
    super(messageKey, detail);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}

package com.collector.portal.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/**
 * Something the portal depends on (the blob store, a Key Vault, a timestamp server) failed for a
 * moment: not the client's mistake, but one it may retry. Thrown by the boundary that logged the
 * cause, so the edges answer 503 without logging it again.
 */
@ApplicationException(rollback = true)
public class UnavailableException extends RetryLaterException {

  public UnavailableException(String detail, Duration retryAfter) {
    super("error.unavailable", detail, retryAfter);
  }

  @Override
  public int status() {
    return 503;
  }

  @Override
  public String type() {
    return "unavailable";
  }
}

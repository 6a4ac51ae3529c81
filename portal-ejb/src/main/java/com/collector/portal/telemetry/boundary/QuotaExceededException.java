package com.collector.portal.telemetry.boundary;

import com.collector.portal.platform.boundary.RetryLaterException;
import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** The installation sent more events than its allowance: 429, with when to try again. */
@ApplicationException(rollback = false)
public class QuotaExceededException extends RetryLaterException {

  public QuotaExceededException(Duration retryAfter) {
    super(
        "error.telemetryQuota",
        "This installation sent more events than its allowance; the batch was dropped",
        retryAfter);
  }

  @Override
  public int status() {
    return 429;
  }

  @Override
  public String type() {
    return "quota-exceeded";
  }
}

package com.collector.portal.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A conditional write whose condition (an {@code If-Match} header) is missing — 428, so no write
 * overwrites what its author never saw — or names no version that exists — 412.
 */
@ApplicationException(rollback = true)
public class PreconditionFailedException extends InvalidInputException {

  private final boolean missing;

  private PreconditionFailedException(String header, String message, boolean missing) {
    super(header, message);
    this.missing = missing;
  }

  public static PreconditionFailedException missing(String header) {
    return new PreconditionFailedException(
        header, "is required: send the revision your change is based on", true);
  }

  public static PreconditionFailedException unknown(String header, String value) {
    return new PreconditionFailedException(header, "names no revision: " + value, false);
  }

  @Override
  public int status() {
    return missing ? 428 : 412;
  }

  @Override
  public String type() {
    return missing ? "precondition-required" : "precondition-failed";
  }
}

package com.collector.portal.platform.boundary;

import jakarta.ejb.ApplicationException;

/** An upload is larger than allowed: answered 413, naming the field that carried it. */
@ApplicationException(rollback = true)
public class PayloadTooLargeException extends InvalidInputException {

  public PayloadTooLargeException(String field, long maxBytes) {
    super(field, "is larger than the limit of " + maxBytes + " bytes");
  }

  @Override
  public int status() {
    return 413;
  }

  @Override
  public String type() {
    return "payload-too-large";
  }
}

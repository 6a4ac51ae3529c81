package com.collector.portal.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The one family of failures a client can cause. Each child carries its HTTP status so the edges
 * (problem+json for the API, Faces messages for pages) map them once.
 */
@ApplicationException(rollback = true)
public abstract class PortalException extends RuntimeException {

  private final String messageKey;

  protected PortalException(String messageKey, String detail) {
    super(detail);
    this.messageKey = messageKey;
  }

  /** HTTP status of the matching API answer. */
  public abstract int status();

  /** Short, stable name of the problem type, e.g. {@code not-found}. */
  public abstract String type();

  /** Bundle key of the message shown on pages. */
  public String messageKey() {
    return messageKey;
  }
}

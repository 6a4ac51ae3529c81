package com.collector.portal.platform.boundary;

import jakarta.ejb.ApplicationException;

/** The request is valid but collides with the current state (a duplicate name, a stale version). */
@ApplicationException(rollback = true)
public class ConflictException extends PortalException {

  private final String field;

  public ConflictException(String messageKey, String field, String detail) {
    super(messageKey, detail);
    this.field = field;
  }

  /** The input field at fault, or null when the conflict concerns the whole request. */
  public String field() {
    return field;
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String type() {
    return "conflict";
  }
}

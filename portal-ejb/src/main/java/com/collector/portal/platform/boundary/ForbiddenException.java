package com.collector.portal.platform.boundary;

import jakarta.ejb.ApplicationException;

/** The caller is known but lacks the right for this operation. */
@ApplicationException(rollback = true)
public class ForbiddenException extends PortalException {

  public ForbiddenException(String detail) {
    super("error.forbidden", detail);
  }

  @Override
  public int status() {
    return 403;
  }

  @Override
  public String type() {
    return "forbidden";
  }
}

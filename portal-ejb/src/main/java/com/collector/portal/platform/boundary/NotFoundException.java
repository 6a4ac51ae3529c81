package com.collector.portal.platform.boundary;

import jakarta.ejb.ApplicationException;

/** The row does not exist or lies outside the caller's scope: both answer the same. */
@ApplicationException(rollback = true)
public class NotFoundException extends PortalException {

  public NotFoundException(String what, Object id) {
    super("error.notFound", what + " " + id + " was not found");
  }

  @Override
  public int status() {
    return 404;
  }

  @Override
  public String type() {
    return "not-found";
  }
}

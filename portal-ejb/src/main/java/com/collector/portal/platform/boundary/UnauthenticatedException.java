package com.collector.portal.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * No valid credential: a missing or expired token, a disabled account, a wrong password. It does
 * not roll back: the bookkeeping of a refused sign-in (failure counts, revoked tokens) must stay.
 */
@ApplicationException(rollback = false)
public class UnauthenticatedException extends PortalException {

  public UnauthenticatedException(String messageKey, String detail) {
    super(messageKey, detail);
  }

  @Override
  public int status() {
    return 401;
  }

  @Override
  public String type() {
    return "unauthenticated";
  }
}

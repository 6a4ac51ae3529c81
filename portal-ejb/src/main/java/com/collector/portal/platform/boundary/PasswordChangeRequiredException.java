package com.collector.portal.platform.boundary;

import jakarta.ejb.ApplicationException;

/** The account's password was set by someone else and must be changed before anything else. */
@ApplicationException(rollback = true)
public class PasswordChangeRequiredException extends PortalException {

  public PasswordChangeRequiredException() {
    super("error.passwordChangeRequired", "The password must be changed before signing in");
  }

  @Override
  public int status() {
    return 403;
  }

  @Override
  public String type() {
    return "password-change-required";
  }
}

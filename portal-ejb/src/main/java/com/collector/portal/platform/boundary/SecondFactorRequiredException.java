package com.collector.portal.platform.boundary;

import jakarta.ejb.ApplicationException;

/** The password was right, and the account also asks for a code from its authenticator app. */
@ApplicationException(rollback = false)
public class SecondFactorRequiredException extends UnauthenticatedException {

  public SecondFactorRequiredException() {
    super(
        "error.secondFactorRequired",
        "This account uses two-step sign-in: send the authenticator code (or a recovery code) in"
            + " the field otp");
  }

  @Override
  public String type() {
    return "second-factor-required";
  }
}

package com.collector.portal.platform.boundary;

import jakarta.ejb.ApplicationException;

/** Accounts of this organization kind must set up two-step sign-in before anything else. */
@ApplicationException(rollback = true)
public class SecondFactorEnrolmentRequiredException extends PortalException {

  public SecondFactorEnrolmentRequiredException() {
    super(
        "error.secondFactorEnrolmentRequired",
        "Two-step sign-in must be set up first: in the portal, or through"
            + " /api/v1/auth/second-factor/enrolment");
  }

  @Override
  public int status() {
    return 403;
  }

  @Override
  public String type() {
    return "second-factor-enrolment-required";
  }
}

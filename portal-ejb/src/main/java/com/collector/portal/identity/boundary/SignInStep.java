package com.collector.portal.identity.boundary;

/** What a sign-in still needs after the password was accepted. */
public enum SignInStep {
  /** Signed in. */
  COMPLETE,
  /** The account has an authenticator: its code (or a recovery code) comes next. */
  CODE_REQUIRED,
  /** Signed in, but the account must set up two-step sign-in before anything else. */
  ENROLMENT_REQUIRED
}

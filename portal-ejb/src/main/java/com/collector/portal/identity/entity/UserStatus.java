package com.collector.portal.identity.entity;

/** Where an account stands, as the users list shows and filters it. */
public enum UserStatus {
  /** Invited by e-mail; the invitee has not chosen a password yet. */
  INVITED,
  /** Usable: the user can sign in. */
  ENABLED,
  /** Disabled by a manager: no sign-in, no tokens. */
  DISABLED
}

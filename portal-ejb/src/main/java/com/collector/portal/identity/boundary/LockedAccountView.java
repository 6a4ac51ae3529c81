package com.collector.portal.identity.boundary;

import com.collector.portal.identity.entity.SignInThrottle;
import com.collector.portal.identity.entity.UserAccount;
import java.time.Instant;

/** A user whose sign-in is refused for now after repeated failures. */
public record LockedAccountView(
    long userId, String email, String displayName, int failures, Instant lockedUntil) {

  static LockedAccountView of(UserAccount user, SignInThrottle throttle, Instant now) {
    return new LockedAccountView(
        user.id(),
        user.email(),
        user.displayName(),
        throttle.failures(),
        now.plus(throttle.blockedFor(now).orElseThrow()));
  }
}

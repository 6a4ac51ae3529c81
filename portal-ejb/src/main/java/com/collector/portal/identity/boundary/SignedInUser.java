package com.collector.portal.identity.boundary;

import com.collector.portal.identity.entity.Language;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.identity.entity.UserAccount;
import java.util.Set;

/** The outcome of an accepted password, and what the sign-in still needs. */
public record SignedInUser(
    long id,
    String email,
    String displayName,
    Language language,
    Set<Right> rights,
    boolean mustChangePassword,
    SignInStep next) {

  static SignedInUser of(UserAccount user, SignInStep next) {
    return new SignedInUser(
        user.id(),
        user.email(),
        user.displayName(),
        user.language(),
        user.rights(),
        user.mustChangePassword(),
        next);
  }
}

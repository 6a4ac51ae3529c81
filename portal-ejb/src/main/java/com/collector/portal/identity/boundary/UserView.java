package com.collector.portal.identity.boundary;

import com.collector.portal.identity.entity.Language;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.identity.entity.Role;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.identity.entity.UserStatus;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A user account as pages and the API show it; never the password hash. */
public record UserView(
    long id,
    String email,
    String displayName,
    Language language,
    long organizationId,
    String organizationName,
    Set<Role> roles,
    Set<Right> rights,
    boolean enabled,
    boolean mustChangePassword,
    Instant createdAt,
    UserStatus status,
    boolean twoStepEnabled) {

  static UserView of(UserAccount user) {
    return new UserView(
        user.id(),
        user.email(),
        user.displayName(),
        user.language(),
        user.organization().id(),
        user.organization().name(),
        new TreeSet<>(user.roles()),
        new TreeSet<>(user.rights()),
        user.isEnabled(),
        user.mustChangePassword(),
        user.createdAt(),
        user.status(),
        user.usesTwoStep());
  }
}

package com.collector.portal.identity.boundary;

import com.collector.portal.identity.entity.Role;
import com.collector.portal.identity.entity.UserStatus;

/**
 * Which users of the subtree to list; every criterion is optional.
 *
 * @param status invited, enabled (usable) or disabled accounts; null for all
 * @param text part of the e-mail or display name, case-insensitive
 */
public record UserFilter(Long organizationId, Role role, UserStatus status, String text) {

  public static UserFilter all() {
    return new UserFilter(null, null, null, null);
  }
}

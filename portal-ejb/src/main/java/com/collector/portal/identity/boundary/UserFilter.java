package com.collector.portal.identity.boundary;

import com.collector.portal.identity.entity.Role;

/**
 * Which users of the subtree to list; every criterion is optional.
 *
 * @param enabled true for active accounts, false for disabled ones, null for both
 * @param text part of the e-mail or display name, case-insensitive
 */
public record UserFilter(Long organizationId, Role role, Boolean enabled, String text) {

  public static UserFilter all() {
    return new UserFilter(null, null, null, null);
  }
}

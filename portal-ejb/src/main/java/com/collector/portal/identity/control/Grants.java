package com.collector.portal.identity.control;

import com.collector.portal.identity.entity.Role;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.tenancy.control.TenantScope;
import java.util.Collection;

/** The no-escalation rule: a manager grants or manages only roles whose every right they hold. */
public final class Grants {

  private Grants() {}

  public static void requireGrantable(TenantScope scope, Collection<Role> roles) {
    for (Role role : roles) {
      if (!scope.rights().containsAll(role.rights())) {
        throw new ForbiddenException(
            "You cannot grant or manage the role " + role + ": it has rights you lack");
      }
    }
  }
}

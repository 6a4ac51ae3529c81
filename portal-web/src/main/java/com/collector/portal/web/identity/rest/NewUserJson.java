package com.collector.portal.web.identity.rest;

import com.collector.portal.identity.boundary.NewUser;
import com.collector.portal.identity.entity.Language;
import com.collector.portal.identity.entity.Role;
import jakarta.json.bind.annotation.JsonbCreator;
import java.util.Set;

/** Body of {@code POST /api/v1/users}. */
public record NewUserJson(
    Long organizationId,
    String email,
    String displayName,
    Language language,
    Set<Role> roles,
    String initialPassword) {

  @JsonbCreator
  public NewUserJson {}

  NewUser toInput() {
    return new NewUser(organizationId, email, displayName, language, roles, initialPassword);
  }
}

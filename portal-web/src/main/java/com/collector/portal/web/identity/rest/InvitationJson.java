package com.collector.portal.web.identity.rest;

import com.collector.portal.identity.boundary.NewInvitation;
import com.collector.portal.identity.entity.Language;
import com.collector.portal.identity.entity.Role;
import jakarta.json.bind.annotation.JsonbCreator;
import java.util.Set;

/** Body of {@code POST /api/v1/invitations}. */
public record InvitationJson(
    Long organizationId, String email, String displayName, Language language, Set<Role> roles) {

  @JsonbCreator
  public InvitationJson {}

  NewInvitation toInput() {
    return new NewInvitation(organizationId, email, displayName, language, roles);
  }
}

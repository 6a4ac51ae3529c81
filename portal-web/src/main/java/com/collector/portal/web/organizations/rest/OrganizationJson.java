package com.collector.portal.web.organizations.rest;

import com.collector.portal.tenancy.boundary.NewOrganization;
import jakarta.json.bind.annotation.JsonbCreator;

/** Body of {@code POST /api/v1/organizations}. */
public record OrganizationJson(Long parentId, String name, String contactEmail) {

  @JsonbCreator
  public OrganizationJson {}

  NewOrganization toInput() {
    return new NewOrganization(parentId, name, contactEmail);
  }
}

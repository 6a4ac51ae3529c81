package com.collector.portal.web.organizations.rest;

import com.collector.portal.tenancy.boundary.OrganizationChanges;
import jakarta.json.bind.annotation.JsonbCreator;

/**
 * Body of {@code PUT /api/v1/organizations/{id}}; {@code version} enables the lost-update check.
 */
public record OrganizationChangesJson(String name, String contactEmail, Long version) {

  @JsonbCreator
  public OrganizationChangesJson {}

  OrganizationChanges toInput() {
    return new OrganizationChanges(name, contactEmail, version);
  }
}

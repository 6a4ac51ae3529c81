package com.collector.portal.web.organizations.rest;

import com.collector.portal.tenancy.boundary.OrganizationChanges;
import com.collector.portal.tenancy.entity.CompanyDetails;
import jakarta.json.bind.annotation.JsonbCreator;
import java.util.Arrays;
import java.util.Objects;

/**
 * Body of {@code PUT /api/v1/organizations/{id}}; {@code version} enables the lost-update check.
 * The company details are replaced together when any of them is sent, and kept when none is.
 */
public record OrganizationChangesJson(
    String name,
    String contactEmail,
    Long version,
    String vatNumber,
    String street,
    String postalCode,
    String city,
    String country,
    String contactName,
    String contactPhone) {

  @JsonbCreator
  public OrganizationChangesJson {}

  OrganizationChanges toInput() {
    boolean companySent =
        Arrays.asList(vatNumber, street, postalCode, city, country, contactName, contactPhone)
            .stream()
            .anyMatch(Objects::nonNull);
    return new OrganizationChanges(
        name,
        contactEmail,
        version,
        companySent
            ? new CompanyDetails(
                vatNumber, street, postalCode, city, country, contactName, contactPhone)
            : null);
  }
}

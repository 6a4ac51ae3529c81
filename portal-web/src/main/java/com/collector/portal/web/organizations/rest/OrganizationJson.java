package com.collector.portal.web.organizations.rest;

import com.collector.portal.tenancy.boundary.NewOrganization;
import com.collector.portal.tenancy.entity.CompanyDetails;
import jakarta.json.bind.annotation.JsonbCreator;

/** Body of {@code POST /api/v1/organizations}; the company details are optional. */
public record OrganizationJson(
    Long parentId,
    String name,
    String contactEmail,
    String vatNumber,
    String street,
    String postalCode,
    String city,
    String country,
    String contactName,
    String contactPhone) {

  @JsonbCreator
  public OrganizationJson {}

  NewOrganization toInput() {
    return new NewOrganization(
        parentId,
        name,
        contactEmail,
        new CompanyDetails(
            vatNumber, street, postalCode, city, country, contactName, contactPhone));
  }
}

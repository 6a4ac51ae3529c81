package com.collector.portal.tenancy.boundary;

import com.collector.portal.tenancy.entity.CompanyDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * New descriptive fields of an organization; {@code version}, when given, must match the stored one
 * so concurrent edits are not lost silently. {@code company} replaces the company details; null
 * keeps them (clients that only rename do not erase them).
 */
public record OrganizationChanges(
    @NotBlank @Size(max = 200) String name,
    @Email @Size(max = 254) String contactEmail,
    Long version,
    CompanyDetails company) {

  public OrganizationChanges(String name, String contactEmail, Long version) {
    this(name, contactEmail, version, null);
  }
}

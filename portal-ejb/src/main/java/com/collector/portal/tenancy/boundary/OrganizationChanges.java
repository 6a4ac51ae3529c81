package com.collector.portal.tenancy.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * New descriptive fields of an organization; {@code version}, when given, must match the stored one
 * so concurrent edits are not lost silently.
 */
public record OrganizationChanges(
    @NotBlank @Size(max = 200) String name,
    @Email @Size(max = 254) String contactEmail,
    Long version) {}

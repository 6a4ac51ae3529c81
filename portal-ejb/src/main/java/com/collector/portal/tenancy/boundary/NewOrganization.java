package com.collector.portal.tenancy.boundary;

import com.collector.portal.tenancy.entity.CompanyDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A partner (under the vendor) or a customer (under a partner) to create, with its company details
 * (none: {@link CompanyDetails#NONE} or null).
 */
public record NewOrganization(
    @NotNull Long parentId,
    @NotBlank @Size(max = 200) String name,
    @Email @Size(max = 254) String contactEmail,
    CompanyDetails company) {

  public NewOrganization(Long parentId, String name, String contactEmail) {
    this(parentId, name, contactEmail, null);
  }
}

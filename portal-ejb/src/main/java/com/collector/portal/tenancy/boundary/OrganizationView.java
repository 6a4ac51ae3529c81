package com.collector.portal.tenancy.boundary;

import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.CompanyDetails;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import java.io.Serializable;
import java.time.Instant;

/**
 * An organization as pages and the API show it, with its company details (VAT number, address,
 * contact person). The parent is named only inside the scope.
 */
public record OrganizationView(
    long id,
    OrganizationKind kind,
    String name,
    String contactEmail,
    String vatNumber,
    String street,
    String postalCode,
    String city,
    String country,
    String contactName,
    String contactPhone,
    String path,
    Long parentId,
    String parentName,
    Instant createdAt,
    Instant updatedAt,
    long version)
    implements Serializable {

  static OrganizationView of(Organization organization, TenantScope scope) {
    Organization parent = organization.parent();
    CompanyDetails company = organization.companyDetails();
    boolean parentVisible = parent != null && scope.covers(parent.path());
    return new OrganizationView(
        organization.id(),
        organization.kind(),
        organization.name(),
        organization.contactEmail(),
        company.vatNumber(),
        company.street(),
        company.postalCode(),
        company.city(),
        company.country(),
        company.contactName(),
        company.contactPhone(),
        organization.path(),
        parentVisible ? parent.id() : null,
        parentVisible ? parent.name() : null,
        organization.createdAt(),
        organization.updatedAt(),
        organization.version());
  }

  /** Whether organizations can be created under this one. */
  public boolean canHaveChildren() {
    return kind.childKind().isPresent();
  }
}

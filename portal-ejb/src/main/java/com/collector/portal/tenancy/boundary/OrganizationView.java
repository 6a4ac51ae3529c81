package com.collector.portal.tenancy.boundary;

import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import java.time.Instant;

/** An organization as pages and the API show it. The parent is named only inside the scope. */
public record OrganizationView(
    long id,
    OrganizationKind kind,
    String name,
    String contactEmail,
    String path,
    Long parentId,
    String parentName,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  static OrganizationView of(Organization organization, TenantScope scope) {
    Organization parent = organization.parent();
    boolean parentVisible = parent != null && scope.covers(parent.path());
    return new OrganizationView(
        organization.id(),
        organization.kind(),
        organization.name(),
        organization.contactEmail(),
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

package com.collector.portal.tenancy.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.Inputs;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Organizations of the caller's subtree: vendor admins manage partners (and below), partner admins
 * their customers, customer admins their own organization.
 */
@Stateless
public class Organizations {

  private static final Set<String> SORTABLE =
      Set.of("name", "kind", "createdAt", "updatedAt", "ownerPath");

  @Inject Store store;
  @Inject AuditLog audit;
  @Inject Inputs inputs;
  @Inject Clock clock;

  /**
   * A page of organizations whose name contains {@code text} (case-insensitive), optionally of one
   * kind.
   */
  public Page<OrganizationView> page(String text, OrganizationKind kind, PageRequest request) {
    return page(text, kind, null, request);
  }

  /**
   * As {@link #page(String, OrganizationKind, PageRequest)}, only children of {@code parentId} when
   * given (the customers of one partner).
   */
  public Page<OrganizationView> page(
      String text, OrganizationKind kind, Long parentId, PageRequest request) {
    TenantScope scope = store.scope();
    scope.require(Right.VIEW);
    List<String> conditions = new java.util.ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (text != null && !text.isBlank()) {
      conditions.add("LOWER(e.name) LIKE :text");
      parameters.put("text", "%" + text.strip().toLowerCase() + "%");
    }
    if (kind != null) {
      conditions.add("e.kind = :kind");
      parameters.put("kind", kind);
    }
    if (parentId != null) {
      conditions.add("e.parent.id = :parent");
      parameters.put("parent", parentId);
    }
    String where = conditions.isEmpty() ? null : String.join(" AND ", conditions);
    return store
        .page(
            Organization.class,
            where,
            parameters,
            request.orderBy(SORTABLE, Set.of("name"), "name"),
            request)
        .map(o -> OrganizationView.of(o, scope));
  }

  public OrganizationView find(long id) {
    TenantScope scope = store.scope();
    scope.require(Right.VIEW);
    return OrganizationView.of(store.find(Organization.class, id), scope);
  }

  /** Organizations under which the caller may create another, by name. */
  public List<OrganizationView> possibleParents() {
    TenantScope scope = store.scope();
    if (!scope.has(Right.ADMINISTER)) {
      return List.of();
    }
    return store
        .list(
            Organization.class,
            "e.kind <> :leaf",
            Map.of("leaf", OrganizationKind.CUSTOMER),
            "e.ownerPath")
        .stream()
        .map(o -> OrganizationView.of(o, scope))
        .toList();
  }

  /** Creates a child of {@code input.parentId()}; a parent outside the subtree answers 404. */
  public OrganizationView create(NewOrganization input) {
    TenantScope scope = store.scope();
    scope.require(Right.ADMINISTER);
    inputs.valid(input, "organization");
    Organization parent = store.find(Organization.class, input.parentId());
    Organization child =
        parent.addChild(
            store.nextId("organization_id_seq"),
            input.name(),
            input.contactEmail(),
            clock.instant());
    if (input.company() != null) {
      child.recordCompanyDetails(input.company(), clock.instant());
    }
    store.add(child);
    store.flush("name");
    audit.record(
        "organization.created", "organization", child.id(), child.path(), null, child.auditState());
    return OrganizationView.of(child, scope);
  }

  public OrganizationView update(long id, OrganizationChanges changes) {
    TenantScope scope = store.scope();
    scope.require(Right.ADMINISTER);
    inputs.valid(changes, "organization");
    Organization organization = store.find(Organization.class, id);
    if (changes.version() != null && changes.version() != organization.version()) {
      throw new ConflictException(
          "error.staleVersion",
          "version",
          "The organization was changed by someone else; reload it");
    }
    Map<String, Object> before = organization.auditState();
    organization.describe(changes.name(), changes.contactEmail(), clock.instant());
    if (changes.company() != null) {
      organization.recordCompanyDetails(changes.company(), clock.instant());
    }
    store.flush("name");
    audit.record(
        "organization.updated",
        "organization",
        id,
        organization.path(),
        before,
        organization.auditState());
    return OrganizationView.of(organization, scope);
  }
}

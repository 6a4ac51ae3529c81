package com.collector.portal.web.layout;

import com.collector.portal.tenancy.boundary.OrganizationView;
import com.collector.portal.tenancy.boundary.Organizations;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.tenancy.entity.OrganizationKind;
import java.io.Serializable;
import java.util.List;

/**
 * A view's organization search fields: suggestions by name from {@link Organizations} (which keeps
 * them within the reader's subtree), remembered by the fields' converter {@link #getChoices()}.
 * Pages search instead of listing the subtree, which may hold more than a page.
 */
public final class OrganizationSearch implements Serializable {

  private static final long serialVersionUID = 1L;
  // Enough to pick from; a longer name narrows it.
  private static final int SUGGESTIONS = 20;

  private final Organizations organizations;
  private final OrganizationChoices choices = new OrganizationChoices();

  public OrganizationSearch(Organizations organizations) {
    this.organizations = organizations;
  }

  /**
   * Organizations of {@code kind} (any when null) whose name contains {@code query}, children of
   * {@code parentId} only when given; offered to the converter.
   */
  public List<OrganizationView> suggest(String query, OrganizationKind kind, Long parentId) {
    return choices.offer(first(query, kind, parentId, SUGGESTIONS).items());
  }

  /**
   * The first {@code limit} organizations of {@code kind} by name, with the total: enough to know
   * whether there is anything to choose from, without reading them all. The items are offered.
   */
  public Page<OrganizationView> peek(OrganizationKind kind, int limit) {
    Page<OrganizationView> page = first(null, kind, null, limit);
    choices.offer(page.items());
    return page;
  }

  private Page<OrganizationView> first(
      String query, OrganizationKind kind, Long parentId, int limit) {
    return organizations.page(query, kind, parentId, new PageRequest(0, limit, "name", true));
  }

  /** The id of {@code organization}, or null for none (a cleared field: all). */
  public static Long id(OrganizationView organization) {
    return organization == null ? null : organization.id();
  }

  /** The search fields' converter: ids of what they offered. */
  public OrganizationChoices getChoices() {
    return choices;
  }
}

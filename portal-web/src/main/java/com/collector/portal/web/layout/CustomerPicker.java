package com.collector.portal.web.layout;

import com.collector.portal.tenancy.boundary.OrganizationView;
import com.collector.portal.tenancy.boundary.Organizations;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.tenancy.entity.OrganizationKind;
import java.io.Serializable;
import java.util.List;

/**
 * A page's customer search field: suggests the customers of the reader's subtree whose name
 * contains what was typed (the boundary scopes the search), converts only what it offered, and
 * holds the choice. A list would stop at one page of customers; a search reaches them all.
 */
public final class CustomerPicker implements Serializable {

  private static final long serialVersionUID = 1L;

  private final OrganizationSearch search;
  private OrganizationView chosen;
  private OrganizationView single;
  private boolean several = true;

  public CustomerPicker(Organizations organizations) {
    this.search = new OrganizationSearch(organizations);
  }

  /**
   * Looks up whether the reader has one customer only (then {@link #getSingle} answers it and the
   * page need not ask) or several.
   */
  public CustomerPicker lookUpSingle() {
    Page<OrganizationView> first = search.peek(OrganizationKind.CUSTOMER, 2);
    several = first.total() > 1;
    single = first.total() == 1 ? first.items().get(0) : null;
    return this;
  }

  /** The completeMethod of the field: customers whose name contains {@code query}. */
  public List<OrganizationView> complete(String query) {
    return search.suggest(query, OrganizationKind.CUSTOMER, null);
  }

  /** Chooses {@code customer} (one the page got from the boundary), or nothing. */
  public void choose(OrganizationView customer) {
    if (customer != null) {
      search.getChoices().offer(List.of(customer));
    }
    chosen = customer;
  }

  /** The id of the chosen customer, or null. */
  public Long chosenId() {
    return OrganizationSearch.id(chosen);
  }

  public OrganizationView getChosen() {
    return chosen;
  }

  public void setChosen(OrganizationView chosen) {
    this.chosen = chosen;
  }

  public OrganizationView getSingle() {
    return single;
  }

  /** Whether the reader has more than one customer to choose from. */
  public boolean isSeveral() {
    return several;
  }

  /** The field's converter. */
  public OrganizationChoices getChoices() {
    return search.getChoices();
  }
}

package com.collector.portal.tickets.control;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.OrganizationKind;
import com.collector.portal.tickets.entity.Author;
import com.collector.portal.tickets.entity.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Who may do what with tickets, on top of the store's subtree rule: vendor staff read internal
 * entries, agents ({@code WORK_TICKETS} at the vendor) work tickets, everyone else who may {@code
 * VIEW} reads public entries, opens tickets and comments. Collectors acting as their installation
 * have no part in tickets.
 */
@ApplicationScoped
public class TicketAccess {

  @Inject Store store;

  /** Whether the caller reads internal entries and plan steps. */
  public boolean seesInternal() {
    TenantScope scope = store.scope();
    return scope.kind() == OrganizationKind.VENDOR && !scope.isInstallation();
  }

  public boolean isAgent() {
    TenantScope scope = store.scope();
    return seesInternal() && scope.has(Right.WORK_TICKETS);
  }

  public void requireReader() {
    TenantScope scope = store.scope();
    if (scope.isInstallation()) {
      throw new ForbiddenException("Tickets are for people and integrations, not Collectors");
    }
    scope.require(Right.VIEW);
  }

  public void requireAgent() {
    requireReader();
    if (!isAgent()) {
      throw new ForbiddenException("This is customer service's work: it needs WORK_TICKETS");
    }
  }

  /** Internal entries are written by vendor staff only. */
  public Visibility visibility(boolean internal) {
    if (internal && !seesInternal()) {
      throw new ForbiddenException("Only customer service writes internal entries");
    }
    return internal ? Visibility.INTERNAL : Visibility.PUBLIC;
  }

  /** Whether the caller may read an entry, step or file of {@code visibility}. */
  public boolean reads(Visibility visibility) {
    return visibility == Visibility.PUBLIC || seesInternal();
  }

  /**
   * {@code where} (a condition on alias {@code e} of entries, steps or files) narrowed to what the
   * caller may read; binds its parameter into {@code parameters}.
   */
  public String readable(String where, Map<String, Object> parameters) {
    if (seesInternal()) {
      return where;
    }
    parameters.put("public", Visibility.PUBLIC);
    return "(" + where + ") AND e.visibility = :public";
  }

  /** The caller as the timeline names them. */
  public Author author() {
    TenantScope scope = store.scope();
    if (scope.isSystem()) {
      return Author.system(scope.actor());
    }
    UserAccount user = store.find(UserAccount.class, scope.userId());
    String name =
        user.displayName() == null || user.displayName().isBlank()
            ? user.email()
            : user.displayName();
    return new Author(user.id(), name, seesInternal());
  }
}

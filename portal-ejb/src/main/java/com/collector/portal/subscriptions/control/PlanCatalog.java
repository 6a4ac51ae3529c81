package com.collector.portal.subscriptions.control;

import com.collector.portal.subscriptions.entity.Plan;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the vendor's catalog for everyone: plans are owned by the vendor organization, so partners
 * and customers, whose subtrees do not cover it, read them under a named system scope. Only reads
 * happen here; changes stay with vendor administrators.
 */
@ApplicationScoped
public class PlanCatalog {

  @Inject Store store;
  @Inject CurrentScope current;

  public List<Plan> all() {
    return current.runAs(
        TenantScope.system("plan-catalog"), () -> store.list(Plan.class, null, Map.of(), "e.code"));
  }

  public Optional<Plan> find(Long id) {
    return current.runAs(
        TenantScope.system("plan-catalog"), () -> store.findOptional(Plan.class, id));
  }
}

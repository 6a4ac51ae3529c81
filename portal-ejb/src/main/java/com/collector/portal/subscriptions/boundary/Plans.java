package com.collector.portal.subscriptions.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.platform.boundary.Inputs;
import com.collector.portal.platform.boundary.NotFoundException;
import com.collector.portal.subscriptions.control.PlanCatalog;
import com.collector.portal.subscriptions.entity.Plan;
import com.collector.portal.subscriptions.entity.PlanVersion;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan catalog: vendor administrators create plans and publish new versions; everyone who may
 * view reads the plans as sold now. A published version never changes.
 */
@Stateless
public class Plans {

  @Inject Store store;
  @Inject PlanCatalog catalog;
  @Inject AuditLog audit;
  @Inject Inputs inputs;
  @Inject Clock clock;

  /** The catalog as sold now, by code. */
  public List<PlanView> list() {
    store.scope().require(Right.VIEW);
    return catalog.all().stream().map(PlanView::of).toList();
  }

  public PlanView find(long id) {
    store.scope().require(Right.VIEW);
    return catalog.find(id).map(PlanView::of).orElseThrow(() -> new NotFoundException("Plan", id));
  }

  /** Adds a plan with its first version (vendor administrators). */
  public PlanView create(NewPlan input) {
    TenantScope scope = requireVendorAdministrator();
    inputs.valid(input, "plan");
    Instant now = clock.instant();
    Plan plan =
        new Plan(
            scope.path(),
            input.code(),
            input.nameEn(),
            input.nameFr(),
            input.nameNl(),
            input.terms().term(),
            input.terms().trialDays(),
            input.terms().entitlements(),
            now);
    store.add(plan);
    store.flush("code");
    audit.record("plan.created", "plan", plan.id(), plan.ownerPath(), null, auditState(plan));
    return PlanView.of(plan);
  }

  /**
   * Publishes a new version of a plan: new orders and renewals get it, running subscriptions keep
   * theirs until they renew.
   */
  public PlanView publish(long id, PlanTerms terms) {
    requireVendorAdministrator();
    inputs.valid(terms, "terms");
    Plan plan = store.findForUpdate(Plan.class, id);
    Map<String, Object> before = auditState(plan);
    PlanVersion version =
        plan.publish(terms.term(), terms.trialDays(), terms.entitlements(), clock.instant());
    store.flush("version");
    audit.record(
        "plan.version-published", "plan", plan.id(), plan.ownerPath(), before, auditState(plan));
    return PlanView.of(version.plan());
  }

  private TenantScope requireVendorAdministrator() {
    TenantScope scope = store.scope();
    scope.require(Right.ADMINISTER);
    if (scope.kind() != OrganizationKind.VENDOR) {
      throw new ForbiddenException("Only the vendor's administrators edit the plan catalog");
    }
    return scope;
  }

  private static Map<String, Object> auditState(Plan plan) {
    PlanVersion current = plan.current();
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("code", plan.code());
    state.put("version", current.number());
    state.put("term", current.term().name());
    state.put("trialDays", current.trialDays());
    state.put("entitlements", EntitlementsView.of(current.entitlements()).toString());
    return state;
  }
}

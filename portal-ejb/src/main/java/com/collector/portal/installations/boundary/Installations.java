package com.collector.portal.installations.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.identity.control.Secrets;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.installations.control.EnrollmentCodes;
import com.collector.portal.installations.entity.Installation;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.platform.boundary.Inputs;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.control.DataChanges;
import com.collector.portal.subscriptions.boundary.Entitlements;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Installations of the caller's subtree: listed with {@code VIEW}; created, given a new enrollment
 * code and retired by installation managers — holders of {@code ADMINISTER} (the vendor's, a
 * partner's and a customer's administrators) and vendor customer service ({@code WORK_TICKETS}).
 * Collectors never manage installations: their rights are the Collector's only.
 */
@Stateless
public class Installations {

  private static final Set<String> SORTABLE =
      Set.of("name", "state", "createdAt", "lastContactAt", "appVersion");

  @Inject Store store;
  @Inject DataChanges changes;
  @Inject Inputs inputs;
  @Inject AuditLog audit;
  @Inject Entitlements entitlements;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.installation.enrollment-hours", defaultValue = "72")
  int enrollmentHours;

  /** Installations of the subtree matching {@code filter}. */
  public Page<InstallationView> page(InstallationFilter filter, PageRequest request) {
    store.scope().require(Right.VIEW);
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (filter != null && filter.customerId() != null) {
      where.append(" AND e.customer.id = :customer");
      parameters.put("customer", filter.customerId());
    }
    if (filter != null && filter.state() != null) {
      where.append(" AND e.state = :state");
      parameters.put("state", filter.state());
    }
    Page<Installation> page =
        store.page(
            Installation.class,
            where.toString(),
            parameters,
            request.orderBy(SORTABLE, Set.of("name"), "name"),
            request);
    return page.map(InstallationView::of);
  }

  /** One installation of the subtree; 404 for others. */
  public InstallationView get(long id) {
    store.scope().require(Right.VIEW);
    return InstallationView.of(store.find(Installation.class, id));
  }

  /** The calling installation's own record (for a Collector authenticated as its installation). */
  public InstallationView own() {
    TenantScope scope = store.scope();
    if (!scope.isInstallation()) {
      throw new ForbiddenException("Only an installation has its own record");
    }
    return InstallationView.of(store.find(Installation.class, scope.installationId()));
  }

  /**
   * Creates a pending installation for a customer, counted against the customer's {@code
   * maxInstallations}, and answers its first enrollment code (shown once).
   */
  public EnrollmentCode create(NewInstallation input) {
    Installation installation = add(input);
    String code = open(installation, installation.createdAt());
    created(installation);
    return new EnrollmentCode(
        InstallationView.of(installation), code, installation.codeExpiresAt());
  }

  /**
   * Creates a pending installation without an enrollment code, for work that issues the code later
   * ({@link #newCode}) — an installation request, whose code goes out when customer service starts
   * installing: no code waits unused meanwhile.
   */
  public InstallationView createAwaitingCode(NewInstallation input) {
    Installation installation = add(input);
    created(installation);
    return InstallationView.of(installation);
  }

  private void created(Installation installation) {
    store.flush("name");
    audit.record(
        "installation.created",
        "installation",
        installation.id(),
        installation.ownerPath(),
        null,
        state(installation));
  }

  private Installation add(NewInstallation input) {
    requireManager();
    inputs.valid(input, "installation");
    Organization customer =
        store
            .findOptional(Organization.class, input.customerId())
            .filter(o -> o.kind() == OrganizationKind.CUSTOMER)
            .orElseThrow(() -> new InvalidInputException("customerId", "is not a known customer"));
    entitlements.requireInstallationSlot(customer);
    return store.add(
        new Installation(customer, input.name(), store.scope().actor(), clock.instant()));
  }

  /** A new enrollment code (a reinstall); the code still open, if any, stops working. */
  public EnrollmentCode newCode(long id) {
    requireManager();
    Installation installation = store.findForUpdate(Installation.class, id);
    Map<String, Object> before = state(installation);
    String code = open(installation, clock.instant());
    audit.record(
        "installation.enrollment-code",
        "installation",
        id,
        installation.ownerPath(),
        before,
        state(installation));
    return new EnrollmentCode(
        InstallationView.of(installation), code, installation.codeExpiresAt());
  }

  /** Retires an installation: its code and credential stop working, its tokens at once. */
  public InstallationView retire(long id) {
    requireManager();
    Installation installation = store.findForUpdate(Installation.class, id);
    Map<String, Object> before = state(installation);
    installation.retire(clock.instant());
    // Its tokens end here and now, not when kept scopes time out.
    changes.changed(Installation.class);
    audit.record(
        "installation.retired",
        "installation",
        id,
        installation.ownerPath(),
        before,
        state(installation));
    return InstallationView.of(installation);
  }

  /** Whether the caller may create, re-code and retire installations (pages ask it). */
  public boolean mayManage() {
    TenantScope scope = store.scope();
    return !scope.isInstallation()
        && (scope.has(Right.ADMINISTER)
            || (scope.kind() == OrganizationKind.VENDOR && scope.has(Right.WORK_TICKETS)));
  }

  private void requireManager() {
    if (!mayManage()) {
      throw new ForbiddenException(
          "Managing installations needs the right ADMINISTER (or WORK_TICKETS at the vendor)");
    }
  }

  private String open(Installation installation, Instant now) {
    String code = EnrollmentCodes.newCode();
    installation.openEnrollment(
        Secrets.sha256Hex(EnrollmentCodes.normalize(code)),
        now,
        Duration.ofHours(Math.max(1, enrollmentHours)));
    return code;
  }

  static Map<String, Object> state(Installation i) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("customerId", i.customer().id());
    state.put("name", i.name());
    state.put("state", i.state().name());
    state.put("codeExpiresAt", i.codeExpiresAt());
    state.put("credentialIssuedAt", i.credentialIssuedAt());
    state.put("machineName", i.machineName());
    state.put("appVersion", i.appVersion());
    return state;
  }
}

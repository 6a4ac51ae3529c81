package com.collector.portal.telemetry.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.platform.boundary.Choices;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.telemetry.control.AlertRule;
import com.collector.portal.telemetry.control.AlertRules;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.OrganizationKind;
import com.collector.portal.tickets.entity.TicketPriority;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The alert rules: vendor staff read them, vendor administrators change them. */
@Stateless
public class AlertRuleAdmin {

  @Inject AlertRules rules;
  @Inject Store store;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public List<AlertRules.Settings> list() {
    requireVendor(Right.VIEW);
    return List.copyOf(rules.all().values());
  }

  public AlertRules.Settings change(
      String name, Boolean enabled, Integer threshold, String priority) {
    TenantScope scope = requireVendor(Right.ADMINISTER);
    AlertRule rule = Choices.parse(AlertRule.class, name, "rule");
    AlertRules.Settings before = rules.all().get(rule);
    if (threshold != null && (threshold < 1 || threshold > 1000)) {
      throw new InvalidInputException("threshold", "must be between 1 and 1000");
    }
    TicketPriority ticketPriority =
        priority == null
            ? TicketPriority.valueOf(before.priority())
            : Choices.parse(TicketPriority.class, priority, "priority");
    AlertRules.Settings after =
        new AlertRules.Settings(
            rule,
            enabled == null ? before.enabled() : enabled,
            threshold == null ? before.threshold() : threshold,
            ticketPriority.name());
    rules.change(after, scope.actor(), clock.instant());
    audit.record(
        "monitoring.alert-rule-changed",
        "alert-rule",
        rule.name(),
        scope.path(),
        Map.of(
            "enabled",
            before.enabled(),
            "threshold",
            before.threshold(),
            "priority",
            before.priority()),
        Map.of(
            "enabled",
            after.enabled(),
            "threshold",
            after.threshold(),
            "priority",
            after.priority()));
    return after;
  }

  private TenantScope requireVendor(Right right) {
    TenantScope scope = store.scope();
    if (scope.kind() != OrganizationKind.VENDOR || scope.isInstallation()) {
      throw new ForbiddenException("Alert rules are the vendor's");
    }
    scope.require(right);
    return scope;
  }
}

package com.collector.portal.telemetry.boundary;

import com.collector.portal.installations.entity.Installation;
import com.collector.portal.telemetry.control.AlertChecks;
import com.collector.portal.telemetry.control.AlertRule;
import com.collector.portal.telemetry.control.AlertRules;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tickets.boundary.AutomaticReport;
import com.collector.portal.tickets.boundary.AutomaticTickets;
import com.collector.portal.tickets.boundary.OpenedTicket;
import com.collector.portal.tickets.entity.TicketCategory;
import com.collector.portal.tickets.entity.TicketPriority;
import com.collector.portal.tickets.entity.TicketSource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;

/**
 * Makes tickets follow alerts, one alert per transaction: a firing alert opens (or adds to) the
 * automatic ticket of its rule and installation, a cleared one resolves it.
 */
@Stateless
public class AlertDelivery {

  static final String SOURCE = "Monitoring";

  @Inject AlertChecks checks;
  @Inject AlertRules rules;
  @Inject AutomaticTickets tickets;
  @Inject Store store;
  @Inject CurrentScope current;
  @Inject Clock clock;

  /** The time-based checks: no contact, quiet errors. */
  public void checkTime() {
    AlertRules.Settings noContact = rules.all().get(AlertRule.NO_CONTACT);
    checks.noContact(clock.instant(), noContact.threshold(), noContact.enabled());
    checks.quietErrors(clock.instant());
  }

  /** Delivers the next pending alert; answers whether there was one. */
  public boolean deliverNext() {
    return current.runAs(
        TenantScope.system("monitoring"),
        () ->
            checks
                .nextPending()
                .map(
                    alert -> {
                      Installation installation =
                          store.find(Installation.class, alert.installationId());
                      String fingerprint = fingerprint(alert.rule(), installation.id());
                      Long number = null;
                      if (alert.firing()) {
                        number = open(alert, installation, fingerprint).ticket().number();
                      } else {
                        tickets.resolveAutomatic(
                            installation.customer().id(),
                            fingerprint,
                            SOURCE,
                            "The condition cleared: " + subject(alert.rule(), installation));
                      }
                      checks.delivered(alert, number);
                      return true;
                    })
                .orElse(false));
  }

  private OpenedTicket open(
      AlertChecks.Pending alert, Installation installation, String fingerprint) {
    Map<AlertRule, AlertRules.Settings> settings = rules.all();
    return tickets.openAutomatic(
        new AutomaticReport(
            TicketSource.MONITORING_ALERT,
            fingerprint,
            installation.customer().id(),
            installation.id(),
            subject(alert.rule(), installation),
            alert.detail() == null ? subject(alert.rule(), installation) : alert.detail(),
            TicketCategory.INCIDENT,
            TicketPriority.valueOf(settings.get(alert.rule()).priority()),
            SOURCE));
  }

  static String fingerprint(AlertRule rule, long installationId) {
    return "monitoring:" + rule.name().toLowerCase(java.util.Locale.ROOT) + ":" + installationId;
  }

  static String subject(AlertRule rule, Installation installation) {
    String name = installation.name();
    return switch (rule) {
      case CONSECUTIVE_FAILURES -> "Extraction runs keep failing on " + name;
      case NO_CONTACT -> name + " has not been in touch";
      case NEW_ERROR_GROUP -> "A new application error on " + name;
      case UPDATE_FAILED -> "An update failed on " + name;
      case MISSED_RUNS -> "Scheduled runs did not happen on " + name;
    };
  }
}

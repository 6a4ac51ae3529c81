package com.collector.portal.subscriptions.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the renewal job every quarter of an hour on every instance; the job is idempotent and locks
 * each subscription, so instances need no coordination. {@code portal.subscription.renewal.enabled}
 * switches it off (vendor staff can still run it through the API).
 */
@Singleton
public class RenewalSchedule {

  private static final Logger LOG = Logger.getLogger(RenewalSchedule.class.getName());

  @Inject Renewals renewals;
  @Inject RequestContextController requestContext;

  @Inject
  @ConfigProperty(name = "portal.subscription.renewal.enabled", defaultValue = "true")
  boolean enabled;

  @Schedule(hour = "*", minute = "*/15", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    if (!enabled) {
      return;
    }
    // The tenancy scope is request-scoped: a timer has no request of its own.
    boolean activated = requestContext.activate();
    try {
      renewals.runAll();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Renewal run failed; the next run catches up", e);
    } finally {
      if (activated) {
        requestContext.deactivate();
      }
    }
  }
}

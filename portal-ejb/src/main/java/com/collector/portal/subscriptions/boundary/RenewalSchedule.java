package com.collector.portal.subscriptions.boundary;

import com.collector.portal.platform.control.ScheduledWork;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the renewal job every quarter of an hour on every instance; the job is idempotent and locks
 * each subscription, so instances need no coordination. {@code portal.subscription.renewal.enabled}
 * switches it off (vendor staff can still run it through the API).
 */
@Singleton
public class RenewalSchedule {

  @Inject Renewals renewals;
  @Inject ScheduledWork work;

  @Inject
  @ConfigProperty(name = "portal.subscription.renewal.enabled", defaultValue = "true")
  boolean enabled;

  @Schedule(hour = "*", minute = "*/15", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    if (enabled) {
      work.run("Renewal run", renewals::runAll);
    }
  }
}

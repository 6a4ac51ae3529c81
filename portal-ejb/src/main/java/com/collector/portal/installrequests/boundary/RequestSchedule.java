package com.collector.portal.installrequests.boundary;

import com.collector.portal.platform.control.ScheduledWork;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every minute on every instance: flags the installation requests stuck in their state (each locked
 * and flagged once, so instances need no coordination); {@code
 * portal.installation-requests.stuck-check.enabled} switches it off.
 */
@Singleton
public class RequestSchedule {

  @Inject StuckRequests stuck;
  @Inject ScheduledWork work;

  @Inject
  @ConfigProperty(name = "portal.installation-requests.stuck-check.enabled", defaultValue = "true")
  boolean enabled;

  @Schedule(hour = "*", minute = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    if (enabled) {
      work.run("Stuck installation requests", stuck::flagAll);
    }
  }
}

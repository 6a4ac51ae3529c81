package com.collector.portal.telemetry.boundary;

import com.collector.portal.platform.control.ScheduledWork;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every ten seconds on every instance: the time-based alert checks, the missed runs of the
 * installations with a slot to decide, then the tickets of pending alerts (each alert locked by the
 * instance delivering it, skipped by the others). {@code portal.monitoring.alerts.enabled} switches
 * it off.
 */
@Singleton
public class AlertSchedule {

  static final int MOST_PER_RUN = 200;

  @Inject AlertDelivery delivery;
  @Inject MissedRunChecks missedRuns;
  @Inject ScheduledWork work;

  @Inject
  @ConfigProperty(name = "portal.monitoring.alerts.enabled", defaultValue = "true")
  boolean enabled;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    if (!enabled) {
      return;
    }
    work.run("Alert checks", delivery::checkTime);
    work.run("Missed runs", missedRuns::checkDue);
    work.run(
        "Alert tickets",
        () -> {
          for (int i = 0; i < MOST_PER_RUN && delivery.deliverNext(); i++) {
            // one alert per transaction
          }
        });
  }
}

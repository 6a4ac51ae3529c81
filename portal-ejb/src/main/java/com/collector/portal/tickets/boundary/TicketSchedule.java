package com.collector.portal.tickets.boundary;

import com.collector.portal.platform.control.ScheduledWork;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every minute on every instance: the service-level review, and closing tickets resolved longer ago
 * than the reopen window. Both lock each ticket and act once, so instances need no coordination;
 * {@code portal.tickets.sla.review.enabled} switches them off.
 */
@Singleton
public class TicketSchedule {

  @Inject ServiceLevelReview review;
  @Inject ResolvedTickets resolved;
  @Inject ScheduledWork work;

  @Inject
  @ConfigProperty(name = "portal.tickets.sla.review.enabled", defaultValue = "true")
  boolean enabled;

  @Schedule(hour = "*", minute = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    if (enabled) {
      work.run("Service-level review", review::runAll);
      work.run("Closing resolved tickets", resolved::closeAll);
    }
  }
}

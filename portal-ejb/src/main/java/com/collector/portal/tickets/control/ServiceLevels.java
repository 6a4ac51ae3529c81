package com.collector.portal.tickets.control;

import com.collector.portal.tickets.entity.ServiceLevel;
import com.collector.portal.tickets.entity.SlaTargets;
import com.collector.portal.tickets.entity.Ticket;
import com.collector.portal.tickets.entity.TicketEntry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps tickets' service-level clocks (working calendar and targets from configuration) and says
 * when a target is close or missed. A configuration it cannot read stops the portal from starting
 * rather than measuring with made-up targets.
 */
@ApplicationScoped
public class ServiceLevels {

  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.tickets.business-hours", defaultValue = "MON-FRI 08:00-18:00")
  String hours;

  @Inject
  @ConfigProperty(name = "portal.tickets.time-zone", defaultValue = "Europe/Brussels")
  String zone;

  @Inject
  @ConfigProperty(name = "portal.tickets.holidays", defaultValue = "-")
  String holidays;

  @Inject
  @ConfigProperty(
      name = "portal.tickets.sla.standard",
      defaultValue = "URGENT=PT1H/PT8H,HIGH=PT4H/PT16H,NORMAL=PT8H/PT40H,LOW=PT16H/PT80H")
  String standard;

  @Inject
  @ConfigProperty(
      name = "portal.tickets.sla.priority-support",
      defaultValue = "URGENT=PT30M/PT4H,HIGH=PT1H/PT8H,NORMAL=PT4H/PT24H,LOW=PT8H/PT40H")
  String prioritySupport;

  @Inject
  @ConfigProperty(name = "portal.tickets.sla.warning-minutes", defaultValue = "60")
  int warningMinutes;

  private BusinessCalendar calendar;
  private ZoneId zoneId;
  private SlaPolicy policy;

  @PostConstruct
  void init() {
    calendar = BusinessCalendar.parse(hours, zone, "-".equals(holidays) ? "" : holidays);
    zoneId = ZoneId.of(zone.strip());
    policy = new SlaPolicy(SlaPolicy.parse(standard), SlaPolicy.parse(prioritySupport));
  }

  /** Brings {@code ticket}'s clocks up to date; call after every change to it. */
  public void track(Ticket ticket) {
    ticket.trackServiceLevel(targets(ticket), calendar, clock.instant());
  }

  public SlaTargets targets(Ticket ticket) {
    return policy.targets(ticket.priority(), ticket.sla().prioritySupport());
  }

  /** Customer service's time zone: of its working hours, and of days in reports. */
  public ZoneId zone() {
    return zoneId;
  }

  /** How long before a due moment customer service is warned. */
  public Duration warning() {
    return Duration.ofMinutes(Math.max(0, warningMinutes));
  }

  /**
   * A service-level alert: the internal entry that records it and what mails need to word it.
   *
   * @param due when the target is due, in the calendar's zone, e.g. {@code 2026-12-03 13:00
   *     (Europe/Brussels)}
   */
  public record Alert(TicketEntry entry, boolean breached, boolean firstResponse, String due) {}

  /**
   * The alert {@code ticket} needs at {@code now}: a breach of its next due moment, or a warning
   * that it is close; each is given once per due moment.
   */
  public Optional<Alert> review(Ticket ticket, Instant now) {
    ticket.trackServiceLevel(targets(ticket), calendar, now);
    ServiceLevel sla = ticket.sla();
    Instant due = sla.nextDueAt();
    if (due == null) {
      return Optional.empty();
    }
    boolean answer =
        ticket.times().firstResponseAt() == null && due.equals(sla.firstResponseDueAt());
    String what = answer ? "first response" : "resolution";
    String when = DUE.format(due.atZone(zoneId)) + " (" + zoneId + ")";
    if (!now.isBefore(due) && sla.needsBreachRecord()) {
      return Optional.of(
          new Alert(
              ticket.serviceLevelAlert(
                  true, "Service level missed: the " + what + " was due " + when, now),
              true,
              answer,
              when));
    }
    if (!now.plus(warning()).isBefore(due) && sla.needsWarning()) {
      return Optional.of(
          new Alert(
              ticket.serviceLevelAlert(
                  false, "Service level: the " + what + " is due " + when, now),
              false,
              answer,
              when));
    }
    return Optional.empty();
  }
}

package com.collector.portal.tickets.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tickets.entity.Author;
import com.collector.portal.tickets.entity.EntryKind;
import com.collector.portal.tickets.entity.Ticket;
import com.collector.portal.tickets.entity.TicketCategory;
import com.collector.portal.tickets.entity.TicketDetails;
import com.collector.portal.tickets.entity.TicketEntry;
import com.collector.portal.tickets.entity.TicketPriority;
import com.collector.portal.tickets.entity.TicketSource;
import com.collector.portal.tickets.entity.TicketState;
import com.collector.portal.tickets.entity.Visibility;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Service-level clocks with a controlled clock, Brussels office hours MON-FRI 08:00-18:00. */
class ServiceLevelsTest {

  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final Duration WINDOW = Duration.ofDays(14);

  /** Thursday 3 December 2026, 09:00 in Brussels. */
  private static final Instant OPENED = at(3, 9, 0);

  private final Organization customer =
      Organization.vendor(1, "Vendor", OPENED)
          .addChild(2, "P", null, OPENED)
          .addChild(3, "C", null, OPENED);
  private final Author agent = new Author(7L, "Agent", true);
  private final Author client = new Author(8L, "Client", false);

  @Test
  void theFirstResponseIsDueFirstThenTheResolution() {
    Ticket ticket = ticket(TicketPriority.HIGH, false);
    ServiceLevels cut = levels(OPENED);
    cut.track(ticket);

    // HIGH: 4 h to answer, 16 h to resolve, in working time.
    assertThat(ticket.sla().firstResponseDueAt()).isEqualTo(at(3, 13, 0));
    assertThat(ticket.sla().resolutionDueAt()).isEqualTo(at(4, 15, 0));
    assertThat(ticket.sla().nextDueAt()).isEqualTo(at(3, 13, 0));

    ticket.comment("Looking", Visibility.PUBLIC, agent, at(3, 10, 0));
    cut.track(ticket);
    assertThat(ticket.sla().nextDueAt()).isEqualTo(at(4, 15, 0));
  }

  @Test
  void waitingOnTheCustomerPausesTheResolutionClockAndMovesItsDueMoment() {
    Ticket ticket = ticket(TicketPriority.HIGH, false);
    levels(OPENED).track(ticket);
    ticket.moveTo(TicketState.WAITING_ON_CUSTOMER, agent, "Which version?", at(3, 10, 0), WINDOW);
    levels(at(3, 10, 0)).track(ticket);
    assertThat(ticket.sla().paused()).isTrue();
    assertThat(ticket.sla().nextDueAt()).as("no clock runs while waiting").isNull();

    // The answer comes on Friday at 10:00, ten working hours later: 16 + 10 hours from the opening.
    ticket.comment("4.2", Visibility.PUBLIC, client, at(4, 10, 0));
    levels(at(4, 10, 0)).track(ticket);
    assertThat(ticket.sla().paused()).isFalse();
    assertThat(ticket.sla().resolutionDueAt()).isEqualTo(at(7, 15, 0));
    assertThat(ticket.sla().nextDueAt()).isEqualTo(at(7, 15, 0));
  }

  @Test
  void prioritySupportHasShorterTargets() {
    Ticket ticket = ticket(TicketPriority.HIGH, true);
    levels(OPENED).track(ticket);

    assertThat(ticket.sla().firstResponseDueAt()).isEqualTo(at(3, 10, 0));
    assertThat(ticket.sla().resolutionDueAt()).isEqualTo(at(3, 17, 0));
  }

  @Test
  void aWarningComesOnceBeforeTheDueMomentAndABreachOnceAfterIt() {
    Ticket ticket = ticket(TicketPriority.HIGH, false);
    levels(OPENED).track(ticket);

    assertThat(levels(at(3, 11, 59)).review(ticket, at(3, 11, 59))).isEmpty();
    Optional<TicketEntry> warning =
        levels(at(3, 12, 0)).review(ticket, at(3, 12, 0)).map(ServiceLevels.Alert::entry);
    assertThat(warning).get().extracting(TicketEntry::kind).isEqualTo(EntryKind.SERVICE_LEVEL);
    assertThat(warning.get().visibility()).isEqualTo(Visibility.INTERNAL);
    assertThat(warning.get().body())
        .isEqualTo("Service level: the first response is due 2026-12-03 13:00 (Europe/Brussels)");
    assertThat(levels(at(3, 12, 30)).review(ticket, at(3, 12, 30))).as("once").isEmpty();

    Optional<ServiceLevels.Alert> breach = levels(at(3, 13, 0)).review(ticket, at(3, 13, 0));
    assertThat(breach.get().breached()).isTrue();
    assertThat(breach.get().firstResponse()).isTrue();
    assertThat(breach.get().entry().body())
        .startsWith("Service level missed: the first response was due");
    assertThat(levels(at(3, 14, 0)).review(ticket, at(3, 14, 0))).isEmpty();

    ticket.comment("Sorry for the wait", Visibility.PUBLIC, agent, at(3, 14, 0));
    levels(at(3, 14, 0)).track(ticket);
    assertThat(levels(at(4, 14, 0)).review(ticket, at(4, 14, 0)).get().entry().body())
        .as("the resolution's own warning")
        .contains("the resolution is due 2026-12-04 15:00");
  }

  @Test
  void resolvedTicketsHaveNoRunningClock() {
    Ticket ticket = ticket(TicketPriority.URGENT, false);
    ticket.moveTo(TicketState.RESOLVED, agent, null, at(3, 9, 30), WINDOW);
    levels(at(3, 9, 30)).track(ticket);

    assertThat(ticket.sla().nextDueAt()).isNull();
    assertThat(levels(at(10, 9, 0)).review(ticket, at(10, 9, 0))).isEmpty();
  }

  private Ticket ticket(TicketPriority priority, boolean prioritySupport) {
    return new Ticket(
        1001,
        customer,
        null,
        new TicketDetails("s", "d", TicketCategory.SUPPORT, priority),
        TicketSource.MANUAL,
        null,
        prioritySupport,
        client,
        OPENED);
  }

  private static ServiceLevels levels(Instant now) {
    ServiceLevels levels = new ServiceLevels();
    levels.clock = Clock.fixed(now, BRUSSELS);
    levels.hours = "MON-FRI 08:00-18:00";
    levels.zone = "Europe/Brussels";
    levels.holidays = "-";
    levels.standard = "URGENT=PT1H/PT8H,HIGH=PT4H/PT16H,NORMAL=PT8H/PT40H,LOW=PT16H/PT80H";
    levels.prioritySupport = "URGENT=PT30M/PT4H,HIGH=PT1H/PT8H,NORMAL=PT4H/PT24H,LOW=PT8H/PT40H";
    levels.warningMinutes = 60;
    levels.init();
    return levels;
  }

  private static Instant at(int day, int hour, int minute) {
    return ZonedDateTime.of(2026, 12, day, hour, minute, 0, 0, BRUSSELS).toInstant();
  }
}

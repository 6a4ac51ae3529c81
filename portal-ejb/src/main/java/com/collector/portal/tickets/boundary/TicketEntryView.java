package com.collector.portal.tickets.boundary;

import com.collector.portal.tickets.entity.EntryKind;
import com.collector.portal.tickets.entity.TicketEntry;
import com.collector.portal.tickets.entity.TicketState;
import com.collector.portal.tickets.entity.Visibility;
import java.time.Instant;

/** One line of a ticket's timeline. */
public record TicketEntryView(
    long id,
    EntryKind kind,
    Visibility visibility,
    String author,
    String body,
    Integer minutesSpent,
    TicketState fromState,
    TicketState toState,
    Instant createdAt) {

  static TicketEntryView of(TicketEntry e) {
    return new TicketEntryView(
        e.id(),
        e.kind(),
        e.visibility(),
        e.authorName(),
        e.body(),
        e.minutesSpent(),
        e.fromState(),
        e.toState(),
        e.createdAt());
  }
}

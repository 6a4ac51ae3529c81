package com.collector.portal.tickets.boundary;

import com.collector.portal.tickets.entity.Ticket;
import com.collector.portal.tickets.entity.TicketState;

/** A ticket linked to another, as far as the reader may see it. */
public record RelatedTicketView(long number, String reference, String subject, TicketState state) {

  static RelatedTicketView of(Ticket t) {
    return new RelatedTicketView(t.number(), t.reference(), t.subject(), t.state());
  }
}

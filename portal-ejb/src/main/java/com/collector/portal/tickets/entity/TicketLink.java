package com.collector.portal.tickets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One side of a link between related tickets; the other side is a row of its own. */
@Entity
@Table(name = "ticket_link")
public class TicketLink extends TicketPart {

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "linked_id")
  private Ticket linked;

  @Column(name = "created_at")
  private Instant createdAt;

  protected TicketLink() {}

  /** The side of the link that {@code ticket}'s readers see. */
  public TicketLink(Ticket ticket, Ticket linked, Instant now) {
    super(ticket);
    if (ticket == linked) {
      throw new IllegalArgumentException("A ticket is not related to itself");
    }
    this.linked = linked;
    this.createdAt = now;
  }

  public Ticket linked() {
    return linked;
  }
}

package com.collector.portal.tickets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a ticket's timeline; written once, never changed. */
@Entity
@Table(name = "ticket_entry")
public class TicketEntry extends TicketPart {

  @Enumerated(EnumType.STRING)
  private EntryKind kind;

  @Enumerated(EnumType.STRING)
  private Visibility visibility;

  @Column(name = "author_id")
  private Long authorId;

  @Column(name = "author_name")
  private String authorName;

  private String body;

  @Column(name = "minutes_spent")
  private Integer minutesSpent;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state")
  private TicketState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state")
  private TicketState toState;

  @Column(name = "created_at")
  private Instant createdAt;

  protected TicketEntry() {}

  TicketEntry(
      Ticket ticket,
      EntryKind kind,
      Visibility visibility,
      Author author,
      String body,
      Instant now) {
    super(ticket);
    this.kind = kind;
    this.visibility = visibility;
    this.authorId = author.userId();
    this.authorName = author.name();
    this.body = body;
    this.createdAt = now;
  }

  /** A public entry, which everyone who sees the ticket reads. */
  static TicketEntry open(Ticket ticket, EntryKind kind, Author author, String body, Instant now) {
    return new TicketEntry(ticket, kind, Visibility.PUBLIC, author, body, now);
  }

  TicketEntry withMinutes(int minutes) {
    this.minutesSpent = minutes;
    return this;
  }

  TicketEntry withStates(TicketState from, TicketState to) {
    this.fromState = from;
    this.toState = to;
    return this;
  }

  public EntryKind kind() {
    return kind;
  }

  public Visibility visibility() {
    return visibility;
  }

  public Long authorId() {
    return authorId;
  }

  public String authorName() {
    return authorName;
  }

  public String body() {
    return body;
  }

  public Integer minutesSpent() {
    return minutesSpent;
  }

  public TicketState fromState() {
    return fromState;
  }

  public TicketState toState() {
    return toState;
  }

  public Instant createdAt() {
    return createdAt;
  }
}

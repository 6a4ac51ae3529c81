package com.collector.portal.tickets.entity;

import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a ticket's timeline; written once, never changed. */
@Entity
@Table(name = "ticket_entry")
public class TicketEntry implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "ticket_id")
  private Ticket ticket;

  @Column(name = "owner_path")
  private String ownerPath;

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
    this.ticket = ticket;
    this.ownerPath = ticket.ownerPath();
    this.kind = kind;
    this.visibility = visibility;
    this.authorId = author.userId();
    this.authorName = author.name();
    this.body = body;
    this.createdAt = now;
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

  public Long id() {
    return id;
  }

  public Ticket ticket() {
    return ticket;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
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

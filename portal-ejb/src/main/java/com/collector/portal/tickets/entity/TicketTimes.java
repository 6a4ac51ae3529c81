package com.collector.portal.tickets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The moments of a ticket's life that queues and service levels are measured from. */
@Embeddable
public class TicketTimes {

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "first_response_at")
  private Instant firstResponseAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected TicketTimes() {}

  TicketTimes(Instant now) {
    createdAt = now;
    updatedAt = now;
  }

  void touch(Instant now) {
    updatedAt = now;
  }

  /** Customer service answered; only the first answer counts. */
  void responded(Instant now) {
    if (firstResponseAt == null) {
      firstResponseAt = now;
    }
  }

  void entered(TicketState state, Instant now) {
    switch (state) {
      case RESOLVED -> resolvedAt = now;
      case CLOSED -> closedAt = now;
      case OPEN, WAITING_ON_CUSTOMER -> resolvedAt = null;
      default -> {}
    }
    updatedAt = now;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant firstResponseAt() {
    return firstResponseAt;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }
}

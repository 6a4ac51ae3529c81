package com.collector.portal.tickets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * A ticket's service-level clocks: when the first answer and the resolution are due, in working
 * time from the ticket's opening; while the ticket waits on the customer the resolution clock is
 * paused, and the time paused moves its due moment. {@code nextDueAt} is what the queue sorts by.
 */
@Embeddable
public class ServiceLevel {

  @Column(name = "priority_support")
  private boolean prioritySupport;

  @Column(name = "first_response_due_at")
  private Instant firstResponseDueAt;

  @Column(name = "resolution_due_at")
  private Instant resolutionDueAt;

  @Column(name = "paused_since")
  private Instant pausedSince;

  @Column(name = "paused_seconds")
  private long pausedSeconds;

  @Column(name = "next_due_at")
  private Instant nextDueAt;

  @Column(name = "warned_due_at")
  private Instant warnedDueAt;

  @Column(name = "breached_due_at")
  private Instant breachedDueAt;

  protected ServiceLevel() {}

  ServiceLevel(boolean prioritySupport) {
    this.prioritySupport = prioritySupport;
  }

  /** Brings the clocks up to date with the ticket as it is at {@code now}. */
  void track(Ticket ticket, SlaTargets targets, BusinessTime time, Instant now) {
    boolean waiting = ticket.state() == TicketState.WAITING_ON_CUSTOMER;
    if (waiting && pausedSince == null) {
      pausedSince = now;
    } else if (!waiting && pausedSince != null) {
      pausedSeconds += time.between(pausedSince, now).toSeconds();
      pausedSince = null;
    }
    Instant opened = ticket.times().createdAt();
    firstResponseDueAt = time.plus(opened, targets.firstResponse());
    resolutionDueAt =
        time.plus(opened, targets.resolution().plus(Duration.ofSeconds(pausedSeconds)));
    if (!ticket.state().isActive() || waiting) {
      nextDueAt = null;
    } else if (ticket.times().firstResponseAt() == null
        && firstResponseDueAt.isBefore(resolutionDueAt)) {
      nextDueAt = firstResponseDueAt;
    } else {
      nextDueAt = resolutionDueAt;
    }
  }

  /** Whether a warning about the current due moment is still to be given. */
  public boolean needsWarning() {
    return nextDueAt != null && !nextDueAt.equals(warnedDueAt);
  }

  /** Whether a breach of the current due moment is still to be recorded. */
  public boolean needsBreachRecord() {
    return nextDueAt != null && !nextDueAt.equals(breachedDueAt);
  }

  void warned() {
    warnedDueAt = nextDueAt;
  }

  void breached() {
    warnedDueAt = nextDueAt;
    breachedDueAt = nextDueAt;
  }

  public boolean prioritySupport() {
    return prioritySupport;
  }

  public Instant firstResponseDueAt() {
    return firstResponseDueAt;
  }

  public Instant resolutionDueAt() {
    return resolutionDueAt;
  }

  public boolean paused() {
    return pausedSince != null;
  }

  public Instant nextDueAt() {
    return nextDueAt;
  }
}

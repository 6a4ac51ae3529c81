package com.collector.portal.tickets.entity;

import com.collector.portal.identity.entity.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person mailed about a ticket's updates. Owned by the ticket's customer, so whoever sees the
 * ticket sees who watches it, whichever organization the watcher belongs to.
 */
@Entity
@Table(name = "ticket_watcher")
public class TicketWatcher extends TicketPart {

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id")
  private UserAccount user;

  @Column(name = "added_at")
  private Instant addedAt;

  protected TicketWatcher() {}

  /** {@code user} watches {@code ticket}; only someone who may see the ticket can. */
  public TicketWatcher(Ticket ticket, UserAccount user, Instant now) {
    super(ticket);
    if (!ticket.ownerPath().startsWith(user.ownerPath())) {
      throw new IllegalArgumentException("The user cannot see the ticket");
    }
    this.user = user;
    this.addedAt = now;
  }

  public UserAccount user() {
    return user;
  }

  public Instant addedAt() {
    return addedAt;
  }
}

package com.collector.portal.tickets.entity;

import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
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
public class TicketWatcher implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "ticket_id")
  private Ticket ticket;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id")
  private UserAccount user;

  @Column(name = "owner_path")
  private String ownerPath;

  @Column(name = "added_at")
  private Instant addedAt;

  protected TicketWatcher() {}

  /** {@code user} watches {@code ticket}; only someone who may see the ticket can. */
  public TicketWatcher(Ticket ticket, UserAccount user, Instant now) {
    if (!ticket.ownerPath().startsWith(user.ownerPath())) {
      throw new IllegalArgumentException("The user cannot see the ticket");
    }
    this.ticket = ticket;
    this.user = user;
    this.ownerPath = ticket.ownerPath();
    this.addedAt = now;
  }

  public Long id() {
    return id;
  }

  public Ticket ticket() {
    return ticket;
  }

  public UserAccount user() {
    return user;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }

  public Instant addedAt() {
    return addedAt;
  }
}

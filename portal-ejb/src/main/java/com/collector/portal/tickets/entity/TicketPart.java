package com.collector.portal.tickets.entity;

import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A row that belongs to one ticket (an entry, a step, a file, a watcher, a link) and is owned by
 * the ticket's customer, so the store shows it to exactly those who see the ticket.
 */
@MappedSuperclass
public abstract class TicketPart implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "ticket_id")
  private Ticket ticket;

  @Column(name = "owner_path")
  private String ownerPath;

  protected TicketPart() {}

  protected TicketPart(Ticket ticket) {
    this.ticket = ticket;
    this.ownerPath = ticket.ownerPath();
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
}

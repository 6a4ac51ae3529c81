package com.collector.portal.audit.entity;

import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The hash of the newest audit entry. Appending locks this single row, so entries form one chain
 * even when several instances write at once.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead implements TenantOwned {

  public static final int ID = 1;

  @Id private Integer id;

  @Column(name = "last_hash")
  private String lastHash;

  protected AuditChainHead() {}

  public String lastHash() {
    return lastHash;
  }

  /** Seals {@code entry} after the current head and makes it the new head. */
  public void append(AuditEntry entry) {
    lastHash = entry.sealAfter(lastHash);
  }

  /** Not tenant data: only the system scope reaches it. */
  @Override
  public String ownerPath() {
    return "/";
  }
}

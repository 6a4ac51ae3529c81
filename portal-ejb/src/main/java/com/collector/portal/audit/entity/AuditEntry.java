package com.collector.portal.audit.entity;

import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One administrative change: who did what to which row, with the state before and after. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Instant at;
  private String actor;
  private String action;

  @Column(name = "entity_type")
  private String entityType;

  @Column(name = "entity_id")
  private String entityId;

  @Column(name = "owner_path")
  private String ownerPath;

  @Column(name = "before_state")
  private String before;

  @Column(name = "after_state")
  private String after;

  protected AuditEntry() {}

  public AuditEntry(
      Instant at,
      String actor,
      String action,
      String entityType,
      String entityId,
      String ownerPath,
      String before,
      String after) {
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId;
    this.ownerPath = ownerPath;
    this.before = before;
    this.after = after;
  }

  public Long id() {
    return id;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String entityType() {
    return entityType;
  }

  public String entityId() {
    return entityId;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }

  public String before() {
    return before;
  }

  public String after() {
    return after;
  }
}

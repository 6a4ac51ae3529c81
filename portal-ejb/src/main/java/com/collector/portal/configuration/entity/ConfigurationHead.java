package com.collector.portal.configuration.entity;

import com.collector.portal.installations.entity.Installation;
import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Which revision of an installation's configuration is current, and which one its Collector
 * reported it runs. Locked by every write, so writers take turns and numbers never repeat.
 */
@Entity
@Table(name = "configuration_head")
public class ConfigurationHead implements TenantOwned {

  @Id
  @Column(name = "installation_id")
  private Long installationId;

  @Column(name = "owner_path")
  private String ownerPath;

  private int revision;

  @Column(name = "applied_revision")
  private Integer appliedRevision;

  @Column(name = "applied_at")
  private Instant appliedAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected ConfigurationHead() {}

  public ConfigurationHead(Installation installation, Instant now) {
    this.installationId = installation.id();
    this.ownerPath = installation.ownerPath();
    this.revision = 0;
    this.updatedAt = now;
  }

  /** Moves to the next revision number and answers it. */
  public int advance(Instant now) {
    revision++;
    updatedAt = now;
    return revision;
  }

  /**
   * Notes that the Collector runs {@code number}; an unknown (future) number or an older one than
   * already reported after a newer was applied is still recorded as said: it is what runs.
   */
  public boolean reportApplied(int number, Instant now) {
    if (number < 0 || number > revision) {
      return false;
    }
    if (appliedRevision == null || appliedRevision != number) {
      appliedRevision = number;
      appliedAt = now;
    }
    return true;
  }

  /** A reinstalled Collector runs nothing until it reports again. */
  public void forgetApplied() {
    appliedRevision = null;
    appliedAt = null;
  }

  public boolean isApplied() {
    return appliedRevision != null && appliedRevision == revision;
  }

  public Long installationId() {
    return installationId;
  }

  public int revision() {
    return revision;
  }

  public Integer appliedRevision() {
    return appliedRevision;
  }

  public Instant appliedAt() {
    return appliedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }
}

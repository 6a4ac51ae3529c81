package com.collector.portal.configuration.entity;

import com.collector.portal.installations.entity.Installation;
import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A change that did not go in because the portal's side changed the same key (or it is locked): the
 * portal's value was kept, the other value waits here (JSON text, a secret sealed) until someone
 * settles it, taking either side.
 */
@Entity
@Table(name = "configuration_conflict")
public class ConfigurationConflict implements TenantOwned {

  /** How a conflict was settled. */
  public enum Resolution {
    KEPT,
    TAKEN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "installation_id")
  private Long installationId;

  @Column(name = "owner_path")
  private String ownerPath;

  private String path;

  @Column(name = "kept_value")
  private String keptValue;

  @Column(name = "other_value")
  private String otherValue;

  @Enumerated(EnumType.STRING)
  @Column(name = "other_source")
  private RevisionSource otherSource;

  @Column(name = "other_author")
  private String otherAuthor;

  @Column(name = "base_revision")
  private int baseRevision;

  @Column(name = "kept_revision")
  private int keptRevision;

  private String reason;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "resolved_by")
  private String resolvedBy;

  @Enumerated(EnumType.STRING)
  private Resolution resolution;

  protected ConfigurationConflict() {}

  /** {@code kept} and {@code other}: JSON text, or null where the key is absent on that side. */
  public ConfigurationConflict(
      Installation installation,
      String path,
      String kept,
      String other,
      RevisionSource otherSource,
      String otherAuthor,
      int baseRevision,
      int keptRevision,
      String reason,
      Instant now) {
    this.installationId = installation.id();
    this.ownerPath = installation.ownerPath();
    this.path = path;
    this.keptValue = kept;
    this.otherValue = other;
    this.otherSource = otherSource;
    this.otherAuthor = otherAuthor;
    this.baseRevision = baseRevision;
    this.keptRevision = keptRevision;
    this.reason = reason;
    this.createdAt = now;
  }

  /** Settles the conflict once. */
  public void resolve(Resolution how, String by, Instant now) {
    if (resolvedAt != null) {
      throw new ConflictException(
          "error.conflictResolved", "conflictId", "The conflict is already settled");
    }
    this.resolution = how;
    this.resolvedBy = by;
    this.resolvedAt = now;
  }

  public boolean isOpen() {
    return resolvedAt == null;
  }

  public Long id() {
    return id;
  }

  public Long installationId() {
    return installationId;
  }

  public String path() {
    return path;
  }

  public String keptValue() {
    return keptValue;
  }

  public String otherValue() {
    return otherValue;
  }

  public RevisionSource otherSource() {
    return otherSource;
  }

  public String otherAuthor() {
    return otherAuthor;
  }

  public int baseRevision() {
    return baseRevision;
  }

  public int keptRevision() {
    return keptRevision;
  }

  public String reason() {
    return reason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public String resolvedBy() {
    return resolvedBy;
  }

  public Resolution resolution() {
    return resolution;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }
}

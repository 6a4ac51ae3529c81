package com.collector.portal.audit.entity;

import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

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

  /** Where the change came from, e.g. the client's IP address for a sign-in. */
  private String origin;

  @Column(name = "previous_hash")
  private String previousHash;

  @Column(name = "entry_hash")
  private String entryHash;

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
    // The database keeps microseconds: the hash must cover exactly what is stored.
    this.at = at.truncatedTo(ChronoUnit.MICROS);
    this.actor = actor;
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId;
    this.ownerPath = ownerPath;
    this.before = before;
    this.after = after;
  }

  /** Records the origin (an IP address); only before the entry is sealed. */
  public AuditEntry from(String newOrigin) {
    if (entryHash != null) {
      throw new IllegalStateException("A sealed audit entry cannot change");
    }
    this.origin = newOrigin == null || newOrigin.isBlank() ? null : newOrigin.strip();
    return this;
  }

  /** Links this entry after {@code previous} and returns its own hash; an entry is sealed once. */
  public String sealAfter(String previous) {
    if (entryHash != null) {
      throw new IllegalStateException("Audit entry " + id + " is sealed already");
    }
    previousHash = previous;
    entryHash = hash(previous);
    return entryHash;
  }

  /** Whether the stored hash still matches the stored content and predecessor. */
  public boolean isIntactAfter(String previous) {
    return previous.equals(previousHash) && hash(previous).equals(entryHash);
  }

  public boolean isSealed() {
    return entryHash != null;
  }

  private String hash(String previous) {
    String content =
        String.join(
            "\u001f",
            previous,
            at.toString(),
            actor,
            action,
            entityType,
            entityId,
            ownerPath,
            String.valueOf(before),
            String.valueOf(after),
            String.valueOf(origin));
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  public String origin() {
    return origin;
  }

  public String previousHash() {
    return previousHash;
  }

  public String entryHash() {
    return entryHash;
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

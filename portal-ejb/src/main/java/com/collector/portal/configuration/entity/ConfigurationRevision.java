package com.collector.portal.configuration.entity;

import com.collector.portal.installations.entity.Installation;
import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One immutable state of an installation's configuration: its own settings and the effective
 * document the Collector gets, secrets sealed in both. Nothing ever changes a revision; every
 * change is a new one.
 */
@Entity
@Table(name = "configuration_revision")
public class ConfigurationRevision implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "installation_id", updatable = false)
  private Long installationId;

  @Column(name = "owner_path", updatable = false)
  private String ownerPath;

  @Column(updatable = false)
  private int number;

  @Convert(converter = JsonDocumentConverter.class)
  @Column(updatable = false)
  private JsonObject document;

  @Convert(converter = JsonDocumentConverter.class)
  @Column(updatable = false)
  private JsonObject effective;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private RevisionSource source;

  @Column(updatable = false)
  private String author;

  @Column(updatable = false)
  private String comment;

  @Column(name = "reverted_to", updatable = false)
  private Integer revertedTo;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected ConfigurationRevision() {}

  public ConfigurationRevision(
      Installation installation,
      int number,
      JsonObject document,
      JsonObject effective,
      RevisionSource source,
      String author,
      String comment,
      Instant now) {
    this.installationId = installation.id();
    this.ownerPath = installation.ownerPath();
    this.number = number;
    this.document = document;
    this.effective = effective;
    this.source = source;
    this.author = author;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    this.createdAt = now;
  }

  /** Marks this revision as the copy of revision {@code earlier} (null: it is not). */
  public ConfigurationRevision revertingTo(Integer earlier) {
    this.revertedTo = earlier;
    return this;
  }

  public Long id() {
    return id;
  }

  public Long installationId() {
    return installationId;
  }

  public int number() {
    return number;
  }

  public JsonObject document() {
    return document;
  }

  public JsonObject effective() {
    return effective;
  }

  public RevisionSource source() {
    return source;
  }

  public String author() {
    return author;
  }

  public String comment() {
    return comment;
  }

  public Integer revertedTo() {
    return revertedTo;
  }

  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }
}

package com.collector.portal.notifications.entity;

import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail the portal sent or, without SMTP, only kept. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "owner_path")
  private String ownerPath;

  private String recipient;
  private String subject;
  private String body;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  private String error;

  protected OutboxMail() {}

  public OutboxMail(String ownerPath, String recipient, String subject, String body, Instant now) {
    this.ownerPath = ownerPath;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.createdAt = now;
  }

  public void sent(Instant now) {
    sentAt = now;
    error = null;
  }

  public void failed(String reason) {
    error = reason == null ? "unknown" : reason.substring(0, Math.min(reason.length(), 500));
  }

  public Long id() {
    return id;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public String error() {
    return error;
  }
}

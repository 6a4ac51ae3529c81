package com.collector.portal.tickets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a ticket, readable by whoever may read the entry that announced it. */
@Entity
@Table(name = "ticket_attachment")
public class TicketAttachment extends TicketPart {

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long size;

  private String sha256;

  @Enumerated(EnumType.STRING)
  private Visibility visibility;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  protected TicketAttachment() {}

  public TicketAttachment(
      Ticket ticket,
      String fileName,
      String contentType,
      long size,
      String sha256,
      Visibility visibility,
      Author by,
      Instant now) {
    super(ticket);
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = size;
    this.sha256 = sha256;
    this.visibility = visibility;
    this.uploadedBy = by.name();
    this.uploadedAt = now;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public Visibility visibility() {
    return visibility;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}

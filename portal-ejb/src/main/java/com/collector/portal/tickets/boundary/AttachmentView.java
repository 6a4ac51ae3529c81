package com.collector.portal.tickets.boundary;

import com.collector.portal.tickets.entity.TicketAttachment;
import com.collector.portal.tickets.entity.Visibility;
import java.time.Instant;

/** A file attached to a ticket. */
public record AttachmentView(
    long id,
    String fileName,
    String contentType,
    long size,
    String sha256,
    Visibility visibility,
    String uploadedBy,
    Instant uploadedAt) {

  static AttachmentView of(TicketAttachment a) {
    return new AttachmentView(
        a.id(),
        a.fileName(),
        a.contentType(),
        a.size(),
        a.sha256(),
        a.visibility(),
        a.uploadedBy(),
        a.uploadedAt());
  }
}

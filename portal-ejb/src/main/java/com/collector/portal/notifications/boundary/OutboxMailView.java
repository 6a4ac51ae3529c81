package com.collector.portal.notifications.boundary;

import com.collector.portal.notifications.entity.OutboxMail;
import java.time.Instant;

/** A kept mail as the outbox shows it. */
public record OutboxMailView(
    long id,
    String recipient,
    String subject,
    String body,
    Instant createdAt,
    Instant sentAt,
    String error) {

  static OutboxMailView of(OutboxMail mail) {
    return new OutboxMailView(
        mail.id(),
        mail.recipient(),
        mail.subject(),
        mail.body(),
        mail.createdAt(),
        mail.sentAt(),
        mail.error());
  }
}

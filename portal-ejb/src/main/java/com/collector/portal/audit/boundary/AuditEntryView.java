package com.collector.portal.audit.boundary;

import com.collector.portal.audit.entity.AuditEntry;
import java.time.Instant;

/**
 * An audit entry as pages and the API show it; before/after are JSON objects as text, origin the
 * client address of sign-ins.
 */
public record AuditEntryView(
    long id,
    Instant at,
    String actor,
    String action,
    String entityType,
    String entityId,
    String before,
    String after,
    String origin) {

  static AuditEntryView of(AuditEntry entry) {
    return new AuditEntryView(
        entry.id(),
        entry.at(),
        entry.actor(),
        entry.action(),
        entry.entityType(),
        entry.entityId(),
        entry.before(),
        entry.after(),
        entry.origin());
  }
}

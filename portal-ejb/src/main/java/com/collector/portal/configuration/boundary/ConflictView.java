package com.collector.portal.configuration.boundary;

import com.collector.portal.configuration.entity.ConfigurationConflict;
import com.collector.portal.configuration.entity.ConfigurationConflict.Resolution;
import com.collector.portal.configuration.entity.RevisionSource;
import jakarta.json.JsonValue;
import java.time.Instant;

/** A key both sides changed: the value kept and the other side's, secrets masked. */
public record ConflictView(
    long id,
    String path,
    JsonValue kept,
    JsonValue other,
    RevisionSource otherSource,
    String otherAuthor,
    int baseRevision,
    int keptRevision,
    String reason,
    Instant createdAt,
    Instant resolvedAt,
    String resolvedBy,
    Resolution resolution) {

  static ConflictView of(ConfigurationConflict c) {
    return new ConflictView(
        c.id(),
        c.path(),
        Masking.value(c.keptValue()),
        Masking.value(c.otherValue()),
        c.otherSource(),
        c.otherAuthor(),
        c.baseRevision(),
        c.keptRevision(),
        c.reason(),
        c.createdAt(),
        c.resolvedAt(),
        c.resolvedBy(),
        c.resolution());
  }
}

package com.collector.portal.configuration.boundary;

import com.collector.portal.configuration.entity.ConfigurationRevision;
import com.collector.portal.configuration.entity.RevisionSource;
import java.time.Instant;

/** One revision in the history. */
public record RevisionView(
    int number,
    RevisionSource source,
    String author,
    String comment,
    Integer revertedTo,
    Instant createdAt) {

  static RevisionView of(ConfigurationRevision r) {
    return new RevisionView(
        r.number(), r.source(), r.author(), r.comment(), r.revertedTo(), r.createdAt());
  }
}

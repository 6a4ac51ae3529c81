package com.collector.portal.configuration.control;

import com.collector.portal.configuration.entity.RevisionSource;

/** Who made a revision, from where, why; {@code revertedTo} names the revision it copies. */
public record Authorship(RevisionSource source, String author, String comment, Integer revertedTo) {

  public Authorship(RevisionSource source, String author, String comment) {
    this(source, author, comment, null);
  }
}

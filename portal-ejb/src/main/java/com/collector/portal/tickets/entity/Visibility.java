package com.collector.portal.tickets.entity;

/** Who may read an entry or a planned action: everyone who sees the ticket, or vendor staff. */
public enum Visibility {
  PUBLIC,
  INTERNAL
}

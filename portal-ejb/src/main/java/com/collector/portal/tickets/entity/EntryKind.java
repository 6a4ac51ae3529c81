package com.collector.portal.tickets.entity;

/** What a timeline entry records. */
public enum EntryKind {
  COMMENT,
  /** Work carried out, with the time it took. */
  WORK,
  STATE_CHANGE,
  ASSIGNMENT,
  /** A repeated report from an automatic source about the same problem. */
  RECURRENCE,
  PLAN,
  /** A file was attached. */
  ATTACHMENT,
  /** A service-level target is close or was missed. */
  SERVICE_LEVEL
}

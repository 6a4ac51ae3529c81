package com.collector.portal.tickets.entity;

/** Progress of one planned action; skipped ones do not count towards the plan's total. */
public enum ActionStatus {
  PLANNED,
  IN_PROGRESS,
  DONE,
  SKIPPED
}

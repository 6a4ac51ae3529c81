package com.collector.portal.telemetry.control;

/** The monitoring conditions that open tickets, and what their threshold counts. */
public enum AlertRule {
  /** Failed extraction runs in a row (threshold: runs). */
  CONSECUTIVE_FAILURES,
  /** No contact while the subscription is active (threshold: days). */
  NO_CONTACT,
  /** An error group new to the installation (threshold unused); clears after a quiet week. */
  NEW_ERROR_GROUP,
  /** The latest update failed (threshold unused); clears with a successful update. */
  UPDATE_FAILED,
  /** Scheduled runs that did not happen, in a row (threshold: slots); clears when a run does. */
  MISSED_RUNS
}

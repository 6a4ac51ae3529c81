package com.collector.portal.configuration.entity;

/** Where a configuration revision came from. */
public enum RevisionSource {
  /** Created before the Collector's first start, applied by it when it enrolls. */
  INITIAL,
  /** The installation request's answers (the installation-request flow). */
  INSTALLATION_REQUEST,
  /** A person's edit in the portal (page or API). */
  PORTAL,
  /** The Collector's local changes, synchronized. */
  COLLECTOR,
  /** A reinstalled Collector took the portal's copy when it enrolled again. */
  RESTORE,
  /** A new revision equal to an earlier one. */
  REVERT,
  /** The partner's or customer's defaults changed. */
  DEFAULTS,
  /** Someone settled a conflict for the other side's value. */
  RESOLUTION
}

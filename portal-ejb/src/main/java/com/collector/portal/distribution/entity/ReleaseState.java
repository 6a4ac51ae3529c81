package com.collector.portal.distribution.entity;

/** Lifecycle of a release: {@code DRAFT → PUBLISHED → REVOKED}. */
public enum ReleaseState {
  /** Uploaded and signed, not offered to any Collector yet. */
  DRAFT,
  /** Offered to Collectors (within its rollout percentage); immutable but for rollout raises. */
  PUBLISHED,
  /** Withdrawn: no longer offered; Collectors roll forward to the best remaining release. */
  REVOKED
}

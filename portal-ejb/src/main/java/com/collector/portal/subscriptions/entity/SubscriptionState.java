package com.collector.portal.subscriptions.entity;

/** Where a subscription is in its lifecycle. */
public enum SubscriptionState {
  /** Free trial of the plan until {@code trialEndsAt}. */
  TRIAL,
  /** Paid period running. */
  ACTIVE,
  /** The term ended unpaid: read-only for the customer until {@code graceEndsAt}. */
  GRACE,
  /** Over; a new subscription must be ordered. */
  EXPIRED,
  /** Ends at term end as requested; can be undone until then. */
  CANCELLED,
  /** Ended at once by the vendor. */
  TERMINATED;

  /** Whether the subscription still counts as the customer's current one. */
  public boolean isLive() {
    return this != EXPIRED && this != TERMINATED;
  }
}

package com.collector.portal.subscriptions.boundary;

import java.time.Instant;

/**
 * Whether one more user may be added to an organization now, and why not: what pages ask before
 * they offer to add a user. Mirrors the check made when a user is added ({@code maxUsers}).
 *
 * @param allowed the cap of the customer's plan; null when uncapped (partners, the vendor, a
 *     customer without a subscription yet, an unlimited plan)
 * @param inUse enabled and invited users of the organization
 * @param refusal why no user may be added; null when one may
 * @param graceEndsAt when the grace period ends, for a refusal {@code GRACE}
 */
public record UserSeatsView(
    long organizationId,
    String organizationName,
    Integer allowed,
    long inUse,
    Refusal refusal,
    Instant graceEndsAt,
    boolean available) {

  /** Why no user may be added. */
  public enum Refusal {
    /** The plan's {@code maxUsers} is reached. */
    LIMIT_REACHED,
    /** The subscription is in grace: read-only until renewed. */
    GRACE,
    /** The customer's subscription ended: it grants nothing. */
    ENDED
  }

  UserSeatsView(
      long organizationId,
      String organizationName,
      Integer allowed,
      long inUse,
      Refusal refusal,
      Instant graceEndsAt) {
    this(organizationId, organizationName, allowed, inUse, refusal, graceEndsAt, refusal == null);
  }
}

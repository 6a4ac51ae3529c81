package com.collector.portal.tenancy.control;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.tenancy.entity.Organization;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Restricts what an organization's own users may do for a reason another feature owns (an unpaid or
 * ended subscription makes the portal read-only for its customer). Applied once, where the
 * request's scope is resolved.
 */
public interface ScopeLimits {

  /** The restriction on {@code organization}'s users at {@code now}, if any. */
  Optional<Restriction> restrictionOf(Organization organization, Instant now);

  /**
   * A number that changes whenever data a restriction depends on changes (see {@code DataChanges}),
   * so scopes kept in memory are resolved again.
   */
  long dataVersion();

  /**
   * Why the scope is restricted and which rights it keeps.
   *
   * @param code stable name of the reason, for pages to explain it in the user's language
   * @param until when the restriction ends by itself, or null
   * @param reason the explanation in English, for API refusals
   */
  record Restriction(String code, Instant until, String reason, Set<Right> kept) {

    public Restriction {
      kept = Set.copyOf(kept);
    }
  }
}

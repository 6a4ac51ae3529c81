package com.collector.portal.identity.boundary;

import com.collector.portal.identity.entity.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Who at the partner can reach a customer's data, and whether the customer suspended that access.
 */
public record PartnerAccessView(
    long customerId,
    long partnerId,
    String partnerName,
    boolean suspended,
    Instant suspendedAt,
    List<PartnerUser> users) {

  /** A partner user who can act on the customer while access is not suspended. */
  public record PartnerUser(String displayName, String email, Set<Role> roles) {}
}

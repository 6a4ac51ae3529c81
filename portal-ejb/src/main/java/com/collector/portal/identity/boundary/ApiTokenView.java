package com.collector.portal.identity.boundary;

import com.collector.portal.identity.entity.ApiToken;
import com.collector.portal.identity.entity.Right;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A token as listed: never its secret. */
public record ApiTokenView(
    long id,
    String name,
    Set<Right> rights,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    Instant revokedAt) {

  static ApiTokenView of(ApiToken token) {
    return new ApiTokenView(
        token.id(),
        token.name(),
        new TreeSet<>(token.effectiveRights()),
        token.createdAt(),
        token.expiresAt(),
        token.lastUsedAt(),
        token.revokedAt());
  }
}

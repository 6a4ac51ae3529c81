package com.collector.portal.identity.control;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Access tokens whose signature was checked, with what they say: a Collector presents the same
 * token for minutes, and an RSA verification per request would cost more than the request. Only
 * good tokens are kept (a forged one is verified, and refused, every time), each until it expires;
 * beyond {@code capacity} the expired ones go, then all.
 */
final class VerifiedTokens {

  private final int capacity;
  private final Map<String, AccessTokenClaims> verified = new ConcurrentHashMap<>();

  VerifiedTokens(int capacity) {
    this.capacity = Math.max(1, capacity);
  }

  Optional<AccessTokenClaims> verify(
      String token, Instant now, Function<String, Optional<AccessTokenClaims>> verifier) {
    AccessTokenClaims known = token == null ? null : verified.get(token);
    if (known != null) {
      return JsonWebTokens.inForce(known.issuedAt(), known.expiresAt(), now)
          ? Optional.of(known)
          : Optional.empty();
    }
    Optional<AccessTokenClaims> claims = verifier.apply(token);
    claims.ifPresent(
        good -> {
          if (verified.size() >= capacity) {
            verified
                .values()
                .removeIf(c -> !JsonWebTokens.inForce(c.issuedAt(), c.expiresAt(), now));
            if (verified.size() >= capacity) {
              verified.clear();
            }
          }
          verified.put(token, good);
        });
    return claims;
  }
}

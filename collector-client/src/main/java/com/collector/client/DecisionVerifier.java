package com.collector.client;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;

/**
 * Trusts an update decision only when its JWS verifies with a published key, it has not expired,
 * its version is not below the last one seen and it names this installation.
 */
final class DecisionVerifier {

  private final Keys keys;
  private final Clock clock;

  DecisionVerifier(Keys keys, Clock clock) {
    this.keys = keys;
    this.clock = clock;
  }

  Decision verify(String jws, long installationId, long lastVersion) throws RefusedDecision {
    String[] parts = jws.trim().split("\\.", -1);
    if (parts.length != 3) {
      throw new RefusedDecision(RefusedDecision.Reason.BAD_SIGNATURE, "not a compact JWS");
    }
    Map<String, Object> header = part(parts[0]);
    if (!"RS256".equals(header.get("alg"))) {
      throw new RefusedDecision(RefusedDecision.Reason.BAD_SIGNATURE, "alg " + header.get("alg"));
    }
    Object kid = header.get("kid");
    PublicKey key = kid instanceof String name ? keys.key(name) : null;
    if (key == null) {
      throw new RefusedDecision(RefusedDecision.Reason.UNKNOWN_KEY, "kid " + kid);
    }
    byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    if (!Keys.verifies(key, input, parts[2])) {
      throw new RefusedDecision(RefusedDecision.Reason.BAD_SIGNATURE, "signature does not verify");
    }
    Decision decision;
    try {
      decision = Decision.of(part(parts[1]));
    } catch (RuntimeException e) {
      throw new RefusedDecision(RefusedDecision.Reason.BAD_SIGNATURE, "malformed payload " + e);
    }
    if (!decision.expires().isAfter(clock.instant())) {
      throw new RefusedDecision(RefusedDecision.Reason.EXPIRED, "expired at " + decision.expires());
    }
    if (decision.version() < lastVersion) {
      throw new RefusedDecision(
          RefusedDecision.Reason.ROLLBACK,
          "version " + decision.version() + " is below " + lastVersion);
    }
    if (decision.installationId() != installationId) {
      throw new RefusedDecision(
          RefusedDecision.Reason.WRONG_INSTALLATION,
          "made for installation " + decision.installationId());
    }
    return decision;
  }

  private static Map<String, Object> part(String base64) throws RefusedDecision {
    try {
      return Json.object(new String(Base64.getUrlDecoder().decode(base64), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new RefusedDecision(RefusedDecision.Reason.BAD_SIGNATURE, "malformed JWS");
    }
  }
}

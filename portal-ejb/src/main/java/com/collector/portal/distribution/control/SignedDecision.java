package com.collector.portal.distribution.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A decision as sent: the JWS compact serialization and its entity tag.
 *
 * @param jws {@code header.payload.signature}, base64url parts
 * @param etag quoted SHA-256 (hex) of the JWS bytes
 * @param decisionVersion the release set's version it was decided on
 * @param expires when the decision stops being valid
 */
public record SignedDecision(String jws, String etag, long decisionVersion, Instant expires) {

  public byte[] bytes() {
    return jws.getBytes(StandardCharsets.US_ASCII);
  }
}

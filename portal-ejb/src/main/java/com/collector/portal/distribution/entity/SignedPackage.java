package com.collector.portal.distribution.entity;

import java.util.Objects;

/**
 * The package a release ships, as stored and signed.
 *
 * @param sha256 SHA-256 of the package, 64 lowercase hex digits (its blob name)
 * @param size bytes
 * @param signature the detached signature over the 32 bytes of the SHA-256, base64url
 * @param keyId the key that signed ({@code kid} in {@code /api/collector/v1/keys})
 * @param algorithm JWS name of the signature algorithm, e.g. {@code RS256}
 */
public record SignedPackage(
    String sha256, long size, String signature, String keyId, String algorithm) {

  public SignedPackage {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(algorithm, "algorithm");
  }
}

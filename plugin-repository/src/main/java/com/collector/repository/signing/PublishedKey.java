package com.collector.repository.signing;

import java.security.PublicKey;
import java.util.Objects;

/**
 * The public half of a signing key as it is published: signatures name it by {@code keyId} and
 * verifiers check them with {@code publicKey} under {@code algorithm} (a JWS name such as RS256).
 */
public record PublishedKey(String keyId, String algorithm, PublicKey publicKey) {

  public PublishedKey {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(publicKey, "publicKey");
  }

  /** What {@code signer} publishes about its key. */
  public static PublishedKey of(Signer signer) {
    return new PublishedKey(signer.keyId(), signer.jwsAlgorithm(), signer.publicKey());
  }
}

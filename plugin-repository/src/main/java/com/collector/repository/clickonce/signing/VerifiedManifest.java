package com.collector.repository.clickonce.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a valid signature vouches for: who signed ({@code certificate}, its issuers from the
 * manifest after it in {@code chain}), which manifest ({@code identity}) and, if a time-stamping
 * authority countersigned, when ({@code timestamp}).
 */
public record VerifiedManifest(
    X509Certificate certificate,
    List<X509Certificate> chain,
    AssemblyIdentity identity,
    Optional<Instant> timestamp) {

  public VerifiedManifest {
    chain = List.copyOf(chain);
  }
}

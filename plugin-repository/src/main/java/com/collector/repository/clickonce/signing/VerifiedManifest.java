package com.collector.repository.clickonce.signing;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What a valid signature vouches for: who signed ({@code certificate}, its issuers from the
 * manifest after it in {@code chain}) and which manifest ({@code identity}).
 */
public record VerifiedManifest(
    X509Certificate certificate, List<X509Certificate> chain, AssemblyIdentity identity) {

  public VerifiedManifest {
    chain = List.copyOf(chain);
  }
}

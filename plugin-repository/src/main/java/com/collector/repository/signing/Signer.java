package com.collector.repository.signing;

import java.security.PublicKey;
import java.security.cert.X509Certificate;

/**
 * Signs bytes with one key whose private half may live elsewhere (a local key store, Azure Key
 * Vault). Callers verify locally with {@link #publicKey()}.
 */
public interface Signer {

  /** Stable identifier of the key, published as the JWKS {@code kid}. */
  String keyId();

  /** The JWS name of the signature algorithm, e.g. {@code RS256}. */
  String jwsAlgorithm();

  byte[] sign(byte[] data);

  PublicKey publicKey();

  X509Certificate certificate();
}

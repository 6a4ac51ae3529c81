package com.collector.repository.clickonce.signing;

/** A manifest's signatures do not hold; {@link #reason()} names the first check that failed. */
public class ManifestVerificationException extends RuntimeException {

  /** The checks, in the order {@link ManifestVerifier} runs them. */
  public enum Reason {
    MALFORMED,
    MISSING_SIGNATURE,
    UNSUPPORTED_SIGNATURE,
    STRONG_NAME_DIGEST,
    STRONG_NAME_SIGNATURE,
    PUBLIC_KEY_TOKEN,
    LICENSE_HASH,
    LICENSE_IDENTITY,
    AUTHENTICODE_DIGEST,
    CERTIFICATE,
    AUTHENTICODE_SIGNATURE,
    KEY_MISMATCH,
    PUBLISHER_NAME,
    ISSUER_KEY_HASH,
    TIMESTAMP
  }

  private final Reason reason;

  public ManifestVerificationException(Reason reason, String message) {
    super(reason + ": " + message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}

package com.collector.repository.clickonce.signing;

/** Countersigns the time of an Authenticode signature, as mansign2 asks a TSA to. */
public interface TimestampAuthority {

  /**
   * @param signatureValue the Authenticode {@code SignatureValue} bytes
   * @return a DER RFC 3161 {@code TimeStampToken} over SHA-256 of {@code signatureValue}
   */
  byte[] timestamp(byte[] signatureValue);
}

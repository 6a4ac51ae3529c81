package com.collector.repository.clickonce.signing;

/** The input is not a ClickOnce manifest this package can sign: a fault of the caller's file. */
public class ManifestFormatException extends RuntimeException {

  public ManifestFormatException(String message) {
    super(message);
  }

  public ManifestFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}

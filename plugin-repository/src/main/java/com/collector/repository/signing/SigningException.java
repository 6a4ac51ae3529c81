package com.collector.repository.signing;

/** A key could not be created, loaded or used: a fault of the installation, never of a client. */
public class SigningException extends RuntimeException {

  public SigningException(String message, Throwable cause) {
    super(message, cause);
  }
}

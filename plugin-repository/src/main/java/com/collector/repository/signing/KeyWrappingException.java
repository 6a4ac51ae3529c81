package com.collector.repository.signing;

/**
 * A data key could not be wrapped or unwrapped: an unknown key id, bytes that do not unwrap, or a
 * key that refuses. A {@link SigningException}, so callers handling key faults handle these too.
 */
public class KeyWrappingException extends SigningException {

  public KeyWrappingException(String message, Throwable cause) {
    super(message, cause);
  }
}

package com.collector.client;

/** An update decision the client will not act on. */
public final class RefusedDecision extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why a decision is refused. */
  public enum Reason {
    BAD_SIGNATURE,
    UNKNOWN_KEY,
    EXPIRED,
    ROLLBACK,
    WRONG_INSTALLATION
  }

  private final Reason reason;

  public RefusedDecision(Reason reason, String message) {
    super(reason + ": " + message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}

package com.collector.client;

/** A downloaded plugin package the client will not install. */
public final class RefusedPackage extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why a package is refused. */
  public enum Reason {
    BAD_HASH,
    BAD_SIGNATURE,
    BAD_SIZE,
    BAD_CONTENT
  }

  private final Reason reason;

  public RefusedPackage(Reason reason, String message) {
    super(reason + ": " + message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}

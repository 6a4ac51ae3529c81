package com.collector.client;

import java.io.IOException;

/** The portal answered with an unexpected HTTP status. */
public final class PortalException extends IOException {

  private static final long serialVersionUID = 1L;

  private final int status;

  public PortalException(String what, int status, String body) {
    super(what + ": HTTP " + status + (body == null || body.isBlank() ? "" : " " + body));
    this.status = status;
  }

  public int status() {
    return status;
  }
}

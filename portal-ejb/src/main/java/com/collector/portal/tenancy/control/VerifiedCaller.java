package com.collector.portal.tenancy.control;

import jakarta.enterprise.inject.Vetoed;

/**
 * The caller the authentication mechanism verified without a container sign-in, for this request
 * only: a Collector installation presenting its access token. Installations call often and have no
 * roles, sessions or password; the container's sign-in bookkeeping (a JAAS subject built under a
 * server-wide lock, then a sign-out) would cost more than their calls, and the scope is resolved
 * from this name exactly as from a container principal.
 */
@Vetoed
public class VerifiedCaller {

  private String name;

  /** Called by the authentication mechanism once the token verified. */
  public void set(String verifiedName) {
    this.name = verifiedName;
  }

  /** The verified name, or null when the container's principal is the caller. */
  public String name() {
    return name;
  }
}

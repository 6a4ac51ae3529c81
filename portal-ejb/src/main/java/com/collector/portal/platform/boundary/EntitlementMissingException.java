package com.collector.portal.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The caller may act, but the customer's subscription does not include this: a feature its plan
 * lacks or a limit already reached. Answered as 403 naming the entitlement.
 */
@ApplicationException(rollback = true)
public class EntitlementMissingException extends PortalException {

  private final String entitlement;

  public EntitlementMissingException(String entitlement, String detail) {
    super("error.entitlementMissing", detail);
    this.entitlement = entitlement;
  }

  /** The API name of the missing feature or exhausted limit, e.g. {@code maxUsers}. */
  public String entitlement() {
    return entitlement;
  }

  @Override
  public int status() {
    return 403;
  }

  @Override
  public String type() {
    return "entitlement-missing";
  }
}

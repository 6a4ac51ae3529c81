package com.collector.portal.tenancy.entity;

import java.util.Optional;

/** The three levels of the tenancy tree. */
public enum OrganizationKind {
  VENDOR,
  PARTNER,
  CUSTOMER;

  /** The kind of organization this kind may have as children, if any. */
  public Optional<OrganizationKind> childKind() {
    return switch (this) {
      case VENDOR -> Optional.of(PARTNER);
      case PARTNER -> Optional.of(CUSTOMER);
      case CUSTOMER -> Optional.empty();
    };
  }
}

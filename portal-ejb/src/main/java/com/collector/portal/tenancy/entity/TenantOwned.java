package com.collector.portal.tenancy.entity;

/**
 * A row that belongs to one organization's subtree. Its entity field must be named {@code
 * ownerPath}: the scoped store filters and checks on it.
 */
public interface TenantOwned {

  /** Materialized path of the owning organization, e.g. {@code /1/17/42/}. */
  String ownerPath();
}

package com.collector.portal.web.layout;

import com.collector.portal.tenancy.boundary.OrganizationView;
import com.collector.portal.tenancy.entity.OrganizationKind;

/** Organization views for tests of the organization search fields. */
final class OrganizationViews {

  private OrganizationViews() {}

  /** A customer of partner 2, with only what the fields use. */
  static OrganizationView customer(long id, String name) {
    return new OrganizationView(
        id,
        OrganizationKind.CUSTOMER,
        name,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "/1/2/" + id + "/",
        2L,
        "Partner",
        null,
        null,
        0);
  }
}

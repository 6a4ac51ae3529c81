package com.collector.portal.web.layout;

import com.collector.portal.tenancy.boundary.OrganizationView;
import com.collector.portal.tenancy.entity.OrganizationKind;

/** Customers of partner 2 as the boundary shows them, for tests of the search fields. */
final class TestCustomers {

  private TestCustomers() {}

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

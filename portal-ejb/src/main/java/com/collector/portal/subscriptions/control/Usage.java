package com.collector.portal.subscriptions.control;

import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.installations.entity.Installation;
import com.collector.portal.installations.entity.InstallationState;
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.tenancy.control.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** How much of what plans limit a customer uses now. */
@ApplicationScoped
public class Usage {

  @Inject Store store;

  /** Enabled users of the customer, invited ones included: what {@code maxUsers} caps. */
  public long users(long customerId) {
    return store
        .page(
            UserAccount.class,
            "e.organization.id = :organization AND e.enabled = TRUE",
            Map.of("organization", customerId),
            "e.id",
            new PageRequest(0, 1, null, true))
        .total();
  }

  /** Installations of the customer that are not retired: what {@code maxInstallations} caps. */
  public long installations(long customerId) {
    return store
        .page(
            Installation.class,
            "e.customer.id = :customer AND e.state <> :retired",
            Map.of("customer", customerId, "retired", InstallationState.RETIRED),
            "e.id",
            new PageRequest(0, 1, null, true))
        .total();
  }
}

package com.collector.portal.monitoring.control;

import com.collector.portal.installations.entity.Installation;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns a reader's "only this partner / customer / installation" into the owner path to count
 * under. Each id is loaded through the scoped store, so one outside the reader's subtree is a 404
 * like any foreign row; one of the wrong kind, or outside the one chosen before it, is a 400.
 */
@ApplicationScoped
public class Narrowing {

  @Inject Store store;

  /**
   * The subtree narrowed to: an owner path prefix (inside the reader's scope) and the one
   * installation, if chosen.
   */
  public record Narrowed(String path, Long installationId) {

    /** The path as a LIKE pattern for {@code owner_path}. */
    public String pattern() {
      return path + "%";
    }
  }

  public Narrowed narrow(Long partnerId, Long customerId, Long installationId) {
    String path = store.scope().path();
    if (partnerId != null) {
      path = organization(partnerId, "partnerId", OrganizationKind.PARTNER, path).path();
    }
    if (customerId != null) {
      path = organization(customerId, "customerId", OrganizationKind.CUSTOMER, path).path();
    }
    if (installationId == null) {
      return new Narrowed(path, null);
    }
    Installation installation = store.find(Installation.class, installationId);
    if (!installation.ownerPath().startsWith(path)) {
      throw new InvalidInputException("installationId", "is not one of the chosen customer's");
    }
    return new Narrowed(installation.ownerPath(), installation.id());
  }

  private Organization organization(long id, String field, OrganizationKind kind, String within) {
    Organization organization = store.find(Organization.class, id);
    if (organization.kind() != kind) {
      throw new InvalidInputException(field, "is not a " + kind.name().toLowerCase());
    }
    if (!organization.path().startsWith(within)) {
      throw new InvalidInputException(field, "is not under the chosen partner");
    }
    return organization;
  }
}

package com.collector.portal.configuration.boundary;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.installations.entity.Installation;
import com.collector.portal.installations.entity.InstallationState;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may read and change an installation's configuration through people's API: {@code VIEW} to
 * read, {@code ADJUST_SETTINGS} to change, within the subtree (404 outside it). A Collector, though
 * it holds both rights, uses its own calls and reaches no other installation's configuration.
 */
@ApplicationScoped
public class ConfigurationAccess {

  @Inject Store store;

  public boolean mayAdjust() {
    TenantScope scope = store.scope();
    return !scope.isInstallation() && scope.has(Right.ADJUST_SETTINGS);
  }

  public Installation readable(long installationId) {
    TenantScope scope = store.scope();
    refuseInstallations(scope);
    scope.require(Right.VIEW);
    return store.find(Installation.class, installationId);
  }

  /** A writable installation: not retired. */
  public Installation writable(long installationId) {
    TenantScope scope = store.scope();
    refuseInstallations(scope);
    scope.require(Right.ADJUST_SETTINGS);
    Installation installation = store.find(Installation.class, installationId);
    if (installation.state() == InstallationState.RETIRED) {
      throw new InvalidInputException("installationId", "is retired");
    }
    return installation;
  }

  private static void refuseInstallations(TenantScope scope) {
    if (scope.isInstallation()) {
      throw new ForbiddenException(
          "A Collector reads and writes its own configuration at /api/collector/v1/config");
    }
  }
}

package com.collector.portal.installrequests.control;

import com.collector.portal.configuration.boundary.ConfigurationApplied;
import com.collector.portal.installations.entity.Installation;
import com.collector.portal.installrequests.entity.InstallationRequest;
import com.collector.portal.installrequests.entity.RequestState;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Watches Collectors report the configuration they run: the request whose installation now runs its
 * initial configuration (revision 1, or a later one made since) is installed, without anyone
 * telling the portal. Runs in the reporting call's transaction, as the system: the Collector acts
 * as its installation, which has no part in requests.
 */
@ApplicationScoped
public class InstallationProgress {

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject RequestDelivery delivery;

  void applied(@Observes ConfigurationApplied event) {
    if (event.revision() < 1) {
      return;
    }
    current.runAs(
        TenantScope.system("installation-requests"),
        () ->
            store
                .single(
                    InstallationRequest.class,
                    "e.installationId = :installation AND e.state = :installing",
                    Map.of(
                        "installation",
                        event.installationId(),
                        "installing",
                        RequestState.INSTALLING))
                .ifPresent(request -> installed(request, event)));
  }

  private void installed(InstallationRequest found, ConfigurationApplied event) {
    InstallationRequest request = store.findForUpdate(InstallationRequest.class, found.id());
    Installation installation = store.find(Installation.class, event.installationId());
    request.installed(
        "Collector on " + installation.machineName(),
        event.at(),
        "Enrolled; runs configuration revision " + event.revision());
    delivery.moved(request);
  }
}

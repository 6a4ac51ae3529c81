package com.collector.portal.web.telemetry.rest;

import com.collector.portal.telemetry.boundary.HealthView;
import com.collector.portal.telemetry.boundary.InstallationHealthReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/installations/{id}/health}: what the installation's telemetry says. */
@RequestScoped
@Path("v1/installations/{id: [0-9]{1,18}}/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  @Inject InstallationHealthReport report;

  @GET
  public HealthView health(@PathParam("id") long id) {
    return report.health(id);
  }
}

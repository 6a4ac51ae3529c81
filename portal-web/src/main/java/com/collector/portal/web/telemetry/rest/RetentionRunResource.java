package com.collector.portal.web.telemetry.rest;

import com.collector.portal.telemetry.boundary.TelemetryRetention;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/v1/telemetry/retention-run}: deletes each customer's telemetry past its plan's
 * retention now (vendor administrators); the job also runs every night.
 */
@RequestScoped
@Path("v1/telemetry/retention-run")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionRunResource {

  @Inject TelemetryRetention retention;

  @POST
  public TelemetryRetention.RunView run() {
    return retention.runNow();
  }
}

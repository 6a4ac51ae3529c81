package com.collector.portal.web.telemetry.rest;

import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.telemetry.boundary.ErrorGroupView;
import com.collector.portal.telemetry.boundary.ErrorGroupsReport;
import com.collector.portal.web.rest.Paging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/v1/error-groups}: the subtree's error groups, most frequent first. */
@RequestScoped
@Path("v1/error-groups")
@Produces(MediaType.APPLICATION_JSON)
public class ErrorGroupsResource {

  @Inject ErrorGroupsReport report;

  @GET
  public List<ErrorGroupView> top(
      @QueryParam("customerId") String customerId,
      @QueryParam("installationId") String installationId,
      @QueryParam("limit") String limit) {
    int most;
    try {
      most = limit == null || limit.isBlank() ? 20 : Integer.parseInt(limit.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("limit", "must be a number");
    }
    return report.top(
        Paging.optionalId(customerId, "customerId"),
        Paging.optionalId(installationId, "installationId"),
        most);
  }
}

package com.collector.portal.web.monitoring.rest;

import com.collector.portal.monitoring.boundary.Dashboard;
import com.collector.portal.monitoring.boundary.ErrorGroupDetails;
import com.collector.portal.monitoring.boundary.MonitoringFilter;
import com.collector.portal.monitoring.control.Period;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.web.rest.Paging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /api/v1/monitoring/...}: the dashboard's figures for the caller's subtree, narrowed by
 * {@code partnerId}, {@code customerId}, {@code installationId} and {@code days} (1-366, default
 * 30). Parameters are read as text so a malformed one is a 400 naming it.
 */
@RequestScoped
@Path("v1/monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {

  @Inject Dashboard dashboard;
  @Inject ErrorGroupDetails errorGroups;

  @GET
  @Path("runs-per-day")
  public RunsPerDayJson runsPerDay(
      @QueryParam("partnerId") String partnerId,
      @QueryParam("customerId") String customerId,
      @QueryParam("installationId") String installationId,
      @QueryParam("days") String days) {
    return RunsPerDayJson.of(
        dashboard.runsPerDay(filter(partnerId, customerId, installationId, days)));
  }

  @GET
  @Path("failing-installations")
  public Page<FailingInstallationJson> failing(
      @QueryParam("partnerId") String partnerId,
      @QueryParam("customerId") String customerId,
      @QueryParam("installationId") String installationId,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order) {
    return dashboard
        .failing(
            filter(partnerId, customerId, installationId, null),
            Paging.of(offset, limit, sort, order))
        .map(FailingInstallationJson::of);
  }

  @GET
  @Path("versions")
  public VersionsJson versions(
      @QueryParam("partnerId") String partnerId,
      @QueryParam("customerId") String customerId,
      @QueryParam("installationId") String installationId,
      @QueryParam("days") String days) {
    return VersionsJson.of(dashboard.versions(filter(partnerId, customerId, installationId, days)));
  }

  @GET
  @Path("error-groups")
  public List<TopErrorJson> errorGroups(
      @QueryParam("partnerId") String partnerId,
      @QueryParam("customerId") String customerId,
      @QueryParam("installationId") String installationId,
      @QueryParam("days") String days,
      @QueryParam("limit") String limit) {
    int most;
    try {
      most = limit == null || limit.isBlank() ? 10 : Integer.parseInt(limit.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("limit", "must be a whole number");
    }
    return dashboard.topErrors(filter(partnerId, customerId, installationId, days), most).stream()
        .map(TopErrorJson::of)
        .toList();
  }

  @GET
  @Path("error-groups/{fingerprint}")
  public ErrorGroupJson errorGroup(@PathParam("fingerprint") String fingerprint) {
    return ErrorGroupJson.of(errorGroups.detail(fingerprint));
  }

  @GET
  @Path("error-groups/{fingerprint}/installations")
  public Page<AffectedInstallationJson> affected(
      @PathParam("fingerprint") String fingerprint,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    return errorGroups
        .installations(fingerprint, Paging.of(offset, limit, null, null))
        .map(AffectedInstallationJson::of);
  }

  private static MonitoringFilter filter(
      String partnerId, String customerId, String installationId, String days) {
    return new MonitoringFilter(
        Paging.optionalId(partnerId, "partnerId"),
        Paging.optionalId(customerId, "customerId"),
        Paging.optionalId(installationId, "installationId"),
        Period.parse(days));
  }
}

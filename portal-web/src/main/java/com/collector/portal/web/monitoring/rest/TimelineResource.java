package com.collector.portal.web.monitoring.rest;

import com.collector.portal.monitoring.boundary.InstallationTimeline;
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

/**
 * {@code GET /api/v1/installations/{id}/timeline}: the installation's events newest first, paged
 * ({@code offset}, {@code limit}), of the types in {@code type} (comma separated wire names).
 */
@RequestScoped
@Path("v1/installations/{id: [0-9]{1,18}}/timeline")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

  @Inject InstallationTimeline timeline;

  @GET
  public Page<TimelineEntryJson> timeline(
      @PathParam("id") long id,
      @QueryParam("type") String type,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit,
      @QueryParam("sort") String sort) {
    return timeline
        .timeline(
            id, InstallationTimeline.types(type, "type"), Paging.of(offset, limit, sort, null))
        .map(TimelineEntryJson::of);
  }
}

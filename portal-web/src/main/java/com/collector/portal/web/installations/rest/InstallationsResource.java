package com.collector.portal.web.installations.rest;

import com.collector.portal.installations.boundary.EnrollmentCode;
import com.collector.portal.installations.boundary.InstallationFilter;
import com.collector.portal.installations.boundary.InstallationView;
import com.collector.portal.installations.boundary.Installations;
import com.collector.portal.installations.entity.InstallationState;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.web.rest.Paging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;

/** Installations of the caller's subtree; an enrollment code is answered once, when made. */
@RequestScoped
@Path("v1/installations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstallationsResource {

  @Inject Installations installations;

  @GET
  public Page<InstallationView> list(
      @QueryParam("customerId") String customerId,
      @QueryParam("state") String state,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order) {
    return installations.page(
        new InstallationFilter(Paging.optionalId(customerId, "customerId"), state(state)),
        Paging.of(offset, limit, sort, order));
  }

  @GET
  @Path("{id: [0-9]{1,18}}")
  public InstallationView get(@PathParam("id") long id) {
    return installations.get(id);
  }

  @POST
  public Response create(NewInstallationJson input, @Context UriInfo uri) {
    EnrollmentCode created = installations.create(input == null ? null : input.toInput());
    return noStore(
        Response.created(
            uri.getAbsolutePathBuilder().path(Long.toString(created.installation().id())).build()),
        created);
  }

  @POST
  @Path("{id: [0-9]{1,18}}/enrollment-code")
  public Response newCode(@PathParam("id") long id) {
    return noStore(Response.ok(), installations.newCode(id));
  }

  @POST
  @Path("{id: [0-9]{1,18}}/retirement")
  public InstallationView retire(@PathParam("id") long id) {
    return installations.retire(id);
  }

  /** Codes in answers must not be kept by caches. */
  static Response noStore(Response.ResponseBuilder builder, Object entity) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return builder.cacheControl(noStore).entity(entity).build();
  }

  private static InstallationState state(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return InstallationState.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("state", "must be pending, active or retired");
    }
  }
}

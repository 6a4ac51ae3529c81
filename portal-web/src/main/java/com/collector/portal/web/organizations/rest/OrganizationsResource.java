package com.collector.portal.web.organizations.rest;

import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.boundary.OrganizationView;
import com.collector.portal.tenancy.boundary.Organizations;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.tenancy.entity.OrganizationKind;
import com.collector.portal.web.rest.Paging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Organizations of the caller's subtree. */
@RequestScoped
@Path("v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationsResource {

  @Inject Organizations organizations;

  @GET
  public Page<OrganizationView> list(
      @QueryParam("q") String text,
      @QueryParam("kind") String kind,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order) {
    return organizations.page(text, kind(kind), Paging.of(offset, limit, sort, order));
  }

  @GET
  @Path("{id: [0-9]{1,18}}")
  public OrganizationView get(@PathParam("id") long id) {
    return organizations.find(id);
  }

  @POST
  public Response create(OrganizationJson input, @Context UriInfo uri) {
    OrganizationView created = organizations.create(input == null ? null : input.toInput());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id: [0-9]{1,18}}")
  public OrganizationView update(@PathParam("id") long id, OrganizationChangesJson changes) {
    return organizations.update(id, changes == null ? null : changes.toInput());
  }

  private static OrganizationKind kind(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OrganizationKind.valueOf(value.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("kind", "must be VENDOR, PARTNER or CUSTOMER");
    }
  }
}

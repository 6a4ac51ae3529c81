package com.collector.portal.web.subscriptions.rest;

import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.subscriptions.boundary.PlanView;
import com.collector.portal.subscriptions.boundary.Plans;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The plan catalog: everyone reads it, vendor administrators change it. */
@RequestScoped
@Path("v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlansResource {

  @Inject Plans plans;

  @GET
  public List<PlanView> list() {
    return plans.list();
  }

  @GET
  @Path("{id: [0-9]{1,18}}")
  public PlanView get(@PathParam("id") long id) {
    return plans.find(id);
  }

  @POST
  public Response create(PlanJson input, @Context UriInfo uri) {
    PlanView created = plans.create(input == null ? null : input.toInput());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  /** Publishes a new version; running subscriptions keep theirs until they renew. */
  @POST
  @Path("{id: [0-9]{1,18}}/versions")
  public PlanView publish(@PathParam("id") long id, PlanTermsJson terms) {
    if (terms == null) {
      throw new InvalidInputException("terms", "is required");
    }
    return plans.publish(id, terms.toInput());
  }
}

package com.collector.portal.web.identity.rest;

import com.collector.portal.identity.boundary.TwoStepVerification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A manager resets the two-step sign-in of a user who lost their phone and recovery codes. */
@RequestScoped
@Path("v1/users/{id: [0-9]{1,18}}/two-step")
@Produces(MediaType.APPLICATION_JSON)
public class UserTwoStepResource {

  @Inject TwoStepVerification twoStep;

  @POST
  @Path("reset")
  public Response reset(@PathParam("id") long id) {
    twoStep.resetFor(id);
    return Response.noContent().build();
  }
}

package com.collector.portal.web.identity.rest;

import com.collector.portal.identity.boundary.Invitations;
import com.collector.portal.identity.boundary.UserView;
import com.collector.portal.identity.entity.Language;
import com.collector.portal.platform.boundary.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Inviting users by e-mail, resending, and (anonymously, with the mailed token) accepting. */
@RequestScoped
@Path("v1/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationsResource {

  /** Body of {@code POST /api/v1/invitations/accept}. */
  public record AcceptJson(String token, String displayName, Language language, String password) {
    @JsonbCreator
    public AcceptJson {}
  }

  @Inject Invitations invitations;

  @POST
  public Response invite(InvitationJson input) {
    UserView invited = invitations.invite(input == null ? null : input.toInput());
    return Response.status(Response.Status.CREATED).entity(invited).build();
  }

  @POST
  @Path("users/{id: [0-9]{1,18}}")
  public Response resend(@PathParam("id") long userId) {
    invitations.resend(userId);
    return Response.noContent().build();
  }

  @POST
  @Path("accept")
  public Response accept(AcceptJson body) {
    if (body == null) {
      throw new InvalidInputException("token", "is required");
    }
    invitations.accept(body.token(), body.displayName(), body.language(), body.password());
    return Response.noContent().build();
  }
}

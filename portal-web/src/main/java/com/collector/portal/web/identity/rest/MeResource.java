package com.collector.portal.web.identity.rest;

import com.collector.portal.identity.boundary.Account;
import com.collector.portal.identity.boundary.AccountView;
import com.collector.portal.platform.boundary.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The caller's own account. */
@RequestScoped
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

  public record PasswordJson(String currentPassword, String newPassword) {
    @JsonbCreator
    public PasswordJson {}
  }

  @Inject Account account;

  @GET
  public AccountView me() {
    return account.me();
  }

  @PUT
  @Path("password")
  public Response changePassword(PasswordJson body) {
    if (body == null) {
      throw new InvalidInputException("newPassword", "is required");
    }
    account.changePassword(body.currentPassword(), body.newPassword());
    return Response.noContent().build();
  }
}

package com.collector.portal.web.identity.rest;

import com.collector.portal.identity.boundary.LockedAccountView;
import com.collector.portal.identity.boundary.UserFilter;
import com.collector.portal.identity.boundary.UserView;
import com.collector.portal.identity.boundary.Users;
import com.collector.portal.identity.entity.Role;
import com.collector.portal.identity.entity.UserStatus;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.web.rest.Paging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
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
import java.util.List;
import java.util.Set;

/** Users of the caller's subtree and their management by holders of {@code MANAGE_USERS}. */
@RequestScoped
@Path("v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

  public record RolesJson(Set<Role> roles) {
    @JsonbCreator
    public RolesJson {}
  }

  @Inject Users users;

  @GET
  public Page<UserView> list(
      @QueryParam("organizationId") String organizationId,
      @QueryParam("role") String role,
      @QueryParam("status") String status,
      @QueryParam("q") String text,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order) {
    UserFilter filter =
        new UserFilter(
            Paging.optionalId(organizationId, "organizationId"), role(role), status(status), text);
    return users.page(filter, Paging.of(offset, limit, sort, order));
  }

  private static Role role(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Role.valueOf(value.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("role", "is not a known role");
    }
  }

  private static UserStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UserStatus.valueOf(value.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "must be invited, enabled or disabled");
    }
  }

  @GET
  @Path("{id: [0-9]{1,18}}")
  public UserView get(@PathParam("id") long id) {
    return users.find(id);
  }

  @POST
  public Response create(NewUserJson input, @Context UriInfo uri) {
    UserView created = users.create(input == null ? null : input.toInput());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id: [0-9]{1,18}}/roles")
  public UserView assignRoles(@PathParam("id") long id, RolesJson body) {
    if (body == null || body.roles() == null) {
      throw new InvalidInputException("roles", "is required");
    }
    return users.assignRoles(id, body.roles());
  }

  @POST
  @Path("{id: [0-9]{1,18}}/disable")
  public UserView disable(@PathParam("id") long id) {
    return users.disable(id);
  }

  /** Users of the subtree whose sign-in is blocked after repeated failures. */
  @GET
  @Path("locked")
  public List<LockedAccountView> locked() {
    return users.lockedAccounts();
  }

  @POST
  @Path("{id: [0-9]{1,18}}/unlock")
  public Response unlock(@PathParam("id") long id) {
    users.unlock(id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id: [0-9]{1,18}}/enable")
  public UserView enable(@PathParam("id") long id) {
    return users.enable(id);
  }

  /**
   * Forces another user to choose a new password through a mailed link; their password and sessions
   * end at once. (A pending invitation is resent at {@code /invitations/users/{id}}.)
   */
  @POST
  @Path("{id: [0-9]{1,18}}/password-reset")
  public Response forcePasswordReset(@PathParam("id") long id) {
    users.forcePasswordReset(id);
    return Response.noContent().build();
  }
}

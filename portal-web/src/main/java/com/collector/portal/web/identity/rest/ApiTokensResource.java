package com.collector.portal.web.identity.rest;

import com.collector.portal.identity.boundary.ApiTokenView;
import com.collector.portal.identity.boundary.ApiTokens;
import com.collector.portal.identity.boundary.CreatedApiToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The caller's API tokens for automation; a token's secret is returned once, at creation. */
@RequestScoped
@Path("v1/api-tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiTokensResource {

  @Inject ApiTokens tokens;

  @GET
  public List<ApiTokenView> mine() {
    return tokens.mine();
  }

  @POST
  public Response create(NewApiTokenJson input, @Context UriInfo uri) {
    CreatedApiToken created = tokens.create(input == null ? null : input.toInput());
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.created(
            uri.getAbsolutePathBuilder().path(Long.toString(created.token().id())).build())
        .cacheControl(noStore)
        .entity(created)
        .build();
  }

  @DELETE
  @Path("{id: [0-9]{1,18}}")
  public Response revoke(@PathParam("id") long id) {
    tokens.revoke(id);
    return Response.noContent().build();
  }
}

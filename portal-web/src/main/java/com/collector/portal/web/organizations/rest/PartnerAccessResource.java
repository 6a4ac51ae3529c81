package com.collector.portal.web.organizations.rest;

import com.collector.portal.identity.boundary.PartnerAccess;
import com.collector.portal.identity.boundary.PartnerAccessView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A customer's grant to its partner: who has access, suspending and resuming it. */
@RequestScoped
@Path("v1/organizations/{id: [0-9]{1,18}}/partner-access")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerAccessResource {

  @Inject PartnerAccess access;

  @GET
  public PartnerAccessView get(@PathParam("id") long id) {
    return access.of(id);
  }

  @POST
  @Path("suspension")
  public PartnerAccessView suspend(@PathParam("id") long id) {
    return access.suspend(id);
  }

  @DELETE
  @Path("suspension")
  public PartnerAccessView resume(@PathParam("id") long id) {
    return access.resume(id);
  }
}

package com.collector.portal.web.identity.rest;

import com.collector.portal.notifications.boundary.Outbox;
import com.collector.portal.notifications.boundary.OutboxMailView;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.web.rest.Paging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The mail outbox (vendor administrators). */
@RequestScoped
@Path("v1/outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

  @Inject Outbox outbox;

  @GET
  public Page<OutboxMailView> list(
      @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
    return outbox.page(Paging.of(offset, limit, null, null));
  }
}

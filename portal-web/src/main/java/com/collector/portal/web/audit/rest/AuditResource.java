package com.collector.portal.web.audit.rest;

import com.collector.portal.audit.boundary.AuditEntryView;
import com.collector.portal.audit.boundary.AuditTrail;
import com.collector.portal.audit.boundary.AuditVerification;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.web.rest.Paging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The audit log of the caller's subtree: listing, CSV export, and chain verification. */
@RequestScoped
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditTrail trail;

  @GET
  public Page<AuditEntryView> list(
      @QueryParam("q") String text,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order) {
    return trail.page(text, Paging.of(offset, limit, sort, order));
  }

  @GET
  @Path("export")
  @Produces("text/csv")
  public Response export(@QueryParam("q") String text) {
    return Response.ok(trail.exportCsv(text), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
        .build();
  }

  /** Re-computes the hash chain (vendor administrators). */
  @POST
  @Path("verification")
  public AuditVerification verify() {
    return trail.verify();
  }
}

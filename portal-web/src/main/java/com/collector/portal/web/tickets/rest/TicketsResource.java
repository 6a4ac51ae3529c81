package com.collector.portal.web.tickets.rest;

import com.collector.portal.platform.boundary.Choices;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.PortalException;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.tickets.boundary.AgentView;
import com.collector.portal.tickets.boundary.AttachmentDownload;
import com.collector.portal.tickets.boundary.AttachmentView;
import com.collector.portal.tickets.boundary.OpenedTicket;
import com.collector.portal.tickets.boundary.ServiceLevelReview;
import com.collector.portal.tickets.boundary.TicketAttachments;
import com.collector.portal.tickets.boundary.TicketDetailView;
import com.collector.portal.tickets.boundary.TicketFilter;
import com.collector.portal.tickets.boundary.TicketLinks;
import com.collector.portal.tickets.boundary.TicketPlans;
import com.collector.portal.tickets.boundary.TicketView;
import com.collector.portal.tickets.boundary.Tickets;
import com.collector.portal.tickets.boundary.TimeAccounting;
import com.collector.portal.tickets.boundary.TimeReport;
import com.collector.portal.tickets.entity.TicketCategory;
import com.collector.portal.tickets.entity.TicketPriority;
import com.collector.portal.tickets.entity.TicketState;
import com.collector.portal.web.rest.IsoDates;
import com.collector.portal.web.rest.Paging;
import com.collector.portal.web.rest.RefusedUploads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Tickets of the caller's subtree by number ({@code T-1042} is number 1042). Opening one with a
 * fingerprint answers 200 and the ticket that already covers the problem, 201 for a new one.
 */
@RequestScoped
@Path("v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketsResource {

  private static final String NUMBER = "{number: [0-9]{1,18}}";

  @Inject Tickets tickets;
  @Inject TicketPlans plans;
  @Inject ServiceLevelReview review;
  @Inject TimeAccounting accounting;
  @Inject TicketAttachments attachments;
  @Inject TicketLinks links;

  @GET
  public Page<TicketView> list(
      @QueryParam("customerId") String customerId,
      @QueryParam("state") String state,
      @QueryParam("category") String category,
      @QueryParam("priority") String priority,
      @QueryParam("assigneeId") String assigneeId,
      @QueryParam("active") String active,
      @QueryParam("mine") String mine,
      @QueryParam("q") String text,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order) {
    TicketFilter filter =
        new TicketFilter(
            Paging.optionalId(customerId, "customerId"),
            Choices.parse(TicketState.class, state, "state"),
            Choices.parse(TicketCategory.class, category, "category"),
            Choices.parse(TicketPriority.class, priority, "priority"),
            Paging.optionalId(assigneeId, "assigneeId"),
            Paging.flag(active, "active"),
            Paging.flag(mine, "mine"),
            text);
    return tickets.page(filter, Paging.of(offset, limit, sort, order));
  }

  @POST
  public Response open(TicketJson input, @Context UriInfo uri) {
    OpenedTicket opened = tickets.open(input == null ? null : input.toInput());
    if (!opened.created()) {
      return Response.ok(opened.ticket()).build();
    }
    return Response.created(
            uri.getAbsolutePathBuilder().path(Long.toString(opened.ticket().number())).build())
        .entity(opened.ticket())
        .build();
  }

  /** The work logged in a period, as CSV (see {@link TimeAccounting}). */
  @GET
  @Path("time-report")
  @Produces("text/csv")
  public Response timeReport(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("customerId") String customerId,
      @QueryParam("partnerId") String partnerId) {
    String csv =
        accounting.csv(
            new TimeReport(
                IsoDates.optional(from, "from"),
                IsoDates.optional(to, "to"),
                Paging.optionalId(customerId, "customerId"),
                Paging.optionalId(partnerId, "partnerId")));
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"time-report.csv\"")
        .build();
  }

  @GET
  @Path("agents")
  public List<AgentView> agents() {
    return tickets.agents();
  }

  /** Runs the service-level review now; answers how many alerts it gave. */
  @POST
  @Path("service-level-review")
  public Map<String, Integer> reviewServiceLevels() {
    return Map.of("alerts", review.runNow());
  }

  @GET
  @Path(NUMBER)
  public TicketDetailView get(@PathParam("number") long number) {
    return tickets.get(number);
  }

  @POST
  @Path(NUMBER + "/entries")
  public TicketDetailView add(@PathParam("number") long number, EntryJson input) {
    return tickets.comment(number, input == null ? null : input.toInput());
  }

  @POST
  @Path(NUMBER + "/moves")
  public TicketDetailView move(@PathParam("number") long number, MoveJson input) {
    return tickets.move(number, input == null ? null : input.toInput());
  }

  @PUT
  @Path(NUMBER + "/assignment")
  public TicketDetailView assign(@PathParam("number") long number, AssignmentJson input) {
    return tickets.assign(number, input == null ? null : input.toInput());
  }

  @PUT
  @Path(NUMBER + "/classification")
  public TicketDetailView reclassify(@PathParam("number") long number, ClassificationJson input) {
    return tickets.reclassify(number, input == null ? null : input.toInput());
  }

  /** Relates this ticket and ticket {@code other}. */
  @PUT
  @Path(NUMBER + "/links/{other: [0-9]{1,18}}")
  public TicketDetailView link(@PathParam("number") long number, @PathParam("other") long other) {
    return links.link(number, other);
  }

  @DELETE
  @Path(NUMBER + "/links/{other: [0-9]{1,18}}")
  public TicketDetailView unlink(@PathParam("number") long number, @PathParam("other") long other) {
    return links.unlink(number, other);
  }

  @POST
  @Path(NUMBER + "/merge")
  public TicketDetailView merge(@PathParam("number") long number, MergeJson input) {
    if (input == null) {
      throw new InvalidInputException("into", "is required");
    }
    return tickets.merge(number, input.target());
  }

  /**
   * Attaches the request body as a file named {@code name}; its {@code Content-Type} must match the
   * content. Answers 201 with the attachment.
   */
  @POST
  @Path(NUMBER + "/attachments")
  @Consumes("*/*")
  public Response attach(
      @PathParam("number") long number,
      @QueryParam("name") String name,
      @QueryParam("internal") String internal,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body,
      @Context UriInfo uri) {
    AttachmentView file;
    try {
      file = attachments.attach(number, name, contentType, Paging.flag(internal, "internal"), body);
    } catch (PortalException refused) {
      RefusedUploads.swallow(body);
      throw refused;
    }
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(file.id())).build())
        .entity(file)
        .type(MediaType.APPLICATION_JSON)
        .build();
  }

  /** An attachment's content, as a download that browsers do not render in the portal's origin. */
  @GET
  @Path(NUMBER + "/attachments/{id: [0-9]{1,18}}")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("number") long number, @PathParam("id") long id) {
    AttachmentDownload download = attachments.download(number, id);
    AttachmentView file = download.file();
    StreamingOutput content =
        out -> {
          try (InputStream in = download.open()) {
            in.transferTo(out);
          }
        };
    return Response.ok(content, file.contentType())
        .header(HttpHeaders.CONTENT_LENGTH, file.size())
        .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .header("ETag", "\"" + file.sha256() + "\"")
        .build();
  }

  @PUT
  @Path(NUMBER + "/plan/{step: [0-9]{1,18}}/schedule")
  public TicketDetailView schedule(
      @PathParam("number") long number, @PathParam("step") long step, ScheduleJson input) {
    return plans.schedule(
        number, step, input == null ? new ScheduleJson(null, null).toInput() : input.toInput());
  }

  /** Watch the ticket: {@code me} or a user id. */
  @PUT
  @Path(NUMBER + "/watchers/{user: me|[0-9]{1,18}}")
  public TicketDetailView watch(@PathParam("number") long number, @PathParam("user") String user) {
    return tickets.watch(number, user(user));
  }

  @DELETE
  @Path(NUMBER + "/watchers/{user: me|[0-9]{1,18}}")
  public TicketDetailView unwatch(
      @PathParam("number") long number, @PathParam("user") String user) {
    return tickets.unwatch(number, user(user));
  }

  @POST
  @Path(NUMBER + "/plan")
  public TicketDetailView plan(@PathParam("number") long number, StepJson input) {
    return plans.add(number, input == null ? null : input.toInput());
  }

  /** Appends the steps of the template of the ticket's category. */
  @POST
  @Path(NUMBER + "/plan/template")
  public TicketDetailView planFromTemplate(@PathParam("number") long number) {
    return plans.startFromTemplate(number);
  }

  @PUT
  @Path(NUMBER + "/plan/{step: [0-9]{1,18}}")
  public TicketDetailView progress(
      @PathParam("number") long number, @PathParam("step") long step, StepStatusJson input) {
    return plans.progress(number, step, input == null ? null : input.toInput());
  }

  private static Long user(String value) {
    return "me".equals(value) ? null : Long.valueOf(value);
  }
}

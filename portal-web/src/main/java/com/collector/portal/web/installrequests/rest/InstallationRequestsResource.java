package com.collector.portal.web.installrequests.rest;

import com.collector.portal.installrequests.boundary.InstallationRequests;
import com.collector.portal.installrequests.boundary.RequestDetailView;
import com.collector.portal.installrequests.boundary.RequestFilter;
import com.collector.portal.installrequests.boundary.RequestView;
import com.collector.portal.installrequests.boundary.RequestWorkflow;
import com.collector.portal.installrequests.boundary.Started;
import com.collector.portal.installrequests.entity.RequestState;
import com.collector.portal.installrequests.entity.WizardStep;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.web.problems.WordedBy;
import com.collector.portal.web.rest.OptionalBody;
import com.collector.portal.web.rest.Paging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * Installation requests: written (as drafts, or submitted at once) by partners and vendor staff,
 * followed by everyone of the subtree, moved along by customer service. The body of a request is
 * the wizard's answers ({@code customer}, {@code environment}, {@code extraction}, {@code
 * subscription}, {@code scheduling}). Refusals speak the caller's language, in the wizard's words.
 */
@RequestScoped
@WordedBy("com.collector.portal.web.i18n.requests")
@Path("v1/installation-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstallationRequestsResource {

  private static final String ID = "{id: [0-9]{1,18}}";

  @Inject InstallationRequests requests;
  @Inject RequestWorkflow workflow;

  @GET
  public Page<RequestView> list(
      @QueryParam("state") String state,
      @QueryParam("customerId") String customerId,
      @QueryParam("stuck") String stuck,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order) {
    return requests.page(
        new RequestFilter(
            state(state), Paging.optionalId(customerId, "customerId"), Paging.flag(stuck, "stuck")),
        Paging.of(offset, limit, sort, order));
  }

  /** A new request; {@code ?draft=true} saves it without submitting. */
  @POST
  public Response create(
      @RequestBody(ref = "RequestAnswers") JsonObject body,
      @QueryParam("draft") String draft,
      @Context UriInfo uri) {
    boolean submit = !Paging.flag(draft, "draft");
    RequestDetailView created = requests.create(InstallationRequests.answers(body), submit);
    return Response.created(
            uri.getAbsolutePathBuilder().path(Long.toString(created.request().id())).build())
        .entity(created)
        .build();
  }

  /** Checks the answers of one wizard step ({@code ?step=customer…}): 204, or 400 naming faults. */
  @POST
  @Path("checks")
  public Response check(
      @RequestBody(ref = "RequestAnswers") JsonObject body, @QueryParam("step") String step) {
    WizardStep wizardStep = WizardStep.ofKey(step);
    if (step != null && wizardStep == null) {
      throw new InvalidInputException(
          "step", "must be customer, environment, extraction, subscription or scheduling");
    }
    requests.check(InstallationRequests.answers(body), wizardStep);
    return Response.noContent().build();
  }

  @GET
  @Path(ID)
  public RequestDetailView get(@PathParam("id") long id) {
    return requests.get(id);
  }

  /** Replaces a draft's answers; {@code ?submit=true} submits it too. */
  @PUT
  @Path(ID)
  public RequestDetailView revise(
      @PathParam("id") long id,
      @RequestBody(ref = "RequestAnswers") JsonObject body,
      @QueryParam("submit") String submit) {
    return requests.revise(id, InstallationRequests.answers(body), Paging.flag(submit, "submit"));
  }

  @POST
  @Path(ID + "/submit")
  public RequestDetailView submit(@PathParam("id") long id) {
    return requests.submit(id);
  }

  @POST
  @Path(ID + "/accept")
  public RequestDetailView accept(@PathParam("id") long id) {
    return workflow.accept(id);
  }

  /** Body {@code {"reason": "…"}}. */
  @POST
  @Path(ID + "/reject")
  public RequestDetailView reject(
      @PathParam("id") long id, @RequestBody(ref = "ReasonJson") JsonObject body) {
    return workflow.reject(id, text(body, "reason"));
  }

  /** Body {@code {"appointment": "2026-12-10T09:00:00Z", "note": "…"}}. */
  @POST
  @Path(ID + "/schedule")
  public RequestDetailView schedule(
      @PathParam("id") long id, @RequestBody(ref = "AppointmentJson") JsonObject body) {
    String appointment = text(body, "appointment");
    Instant at;
    try {
      at = appointment == null ? null : Instant.parse(appointment);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "appointment", "must be an ISO instant (2026-12-10T09:00:00Z)");
    }
    return workflow.schedule(id, at, text(body, "note"));
  }

  /** Starts installing; the answer carries the enrollment code, once. */
  @POST
  @Path(ID + "/start")
  public Response start(@PathParam("id") long id) {
    Started started = workflow.start(id);
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(started).cacheControl(noStore).build();
  }

  /** Body {@code {"note": "…"}}, optional (an empty body closes without a note). */
  @POST
  @Path(ID + "/close")
  public RequestDetailView close(
      @PathParam("id") long id, @OptionalBody @RequestBody(ref = "NoteJson") JsonObject body) {
    return workflow.close(id, text(body, "note"));
  }

  private static String text(JsonObject body, String field) {
    JsonValue value = body == null ? null : body.get(field);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString text) {
      return text.getString();
    }
    throw new InvalidInputException(field, "must be text");
  }

  private static RequestState state(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return RequestState.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("state", "is not a request state");
    }
  }
}

package com.collector.portal.web.configuration.rest;

import com.collector.portal.configuration.boundary.ConfigurationHistory;
import com.collector.portal.configuration.boundary.ConfigurationView;
import com.collector.portal.configuration.boundary.Configurations;
import com.collector.portal.configuration.boundary.ConflictView;
import com.collector.portal.configuration.boundary.DiffLine;
import com.collector.portal.configuration.boundary.RevisionView;
import com.collector.portal.configuration.boundary.WriteOutcome;
import com.collector.portal.configuration.entity.ConfigurationConflict.Resolution;
import com.collector.portal.platform.boundary.Choices;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.web.rest.JsonBinding;
import com.collector.portal.web.rest.Paging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/installations/{id}/configuration}: an installation's configuration for people —
 * read with {@code VIEW}, edited, reverted and its conflicts settled with {@code ADJUST_SETTINGS};
 * its history and diffs. Secrets appear only masked.
 */
@RequestScoped
@Path("v1/installations/{id: [0-9]{1,18}}/configuration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConfigurationsResource {

  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject Configurations configurations;
  @Inject ConfigurationHistory history;

  @GET
  public Response current(@PathParam("id") long id) {
    ConfigurationView view = configurations.current(id);
    return Response.ok(view).tag(RevisionTags.tag(view.revision())).build();
  }

  /** The first write (If-Match "0") before the Collector enrolls is its initial configuration. */
  @PUT
  public Response edit(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
    WriteOutcome outcome =
        configurations.edit(
            id,
            RevisionTags.revision(ifMatch, "If-Match"),
            RevisionTags.document(body),
            RevisionTags.text(body, "comment", 500));
    int revision = outcome.configuration().revision();
    if (!outcome.conflicts().isEmpty()) {
      return RevisionTags.conflict(
          revision,
          outcome.conflicts(),
          JSON.createObjectBuilder().add("configuration", json(outcome.configuration())).build());
    }
    return Response.ok(outcome).tag(RevisionTags.tag(revision)).build();
  }

  @POST
  @Path("revert")
  public ConfigurationView revert(@PathParam("id") long id, JsonObject body) {
    if (body == null || !(body.get("revision") instanceof JsonNumber number)) {
      throw new InvalidInputException("revision", "is required: the number to go back to");
    }
    if (!number.isIntegral() || number.longValue() < 1 || number.longValue() > Integer.MAX_VALUE) {
      throw new InvalidInputException("revision", "must be a revision number");
    }
    return configurations.revert(id, number.intValue(), RevisionTags.text(body, "comment", 500));
  }

  @GET
  @Path("revisions")
  public Page<RevisionView> revisions(
      @PathParam("id") long id,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    return history.revisions(id, Paging.of(offset, limit, null, null));
  }

  @GET
  @Path("revisions/{number: [0-9]{1,9}}")
  public Map<String, JsonObject> revision(
      @PathParam("id") long id, @PathParam("number") int number) {
    return history.revision(id, number);
  }

  @GET
  @Path("diff")
  public List<DiffLine> diff(
      @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    return history.diff(id, number(from, "from"), number(to, "to"));
  }

  @GET
  @Path("conflicts")
  public List<ConflictView> conflicts(@PathParam("id") long id, @QueryParam("all") boolean all) {
    return history.conflicts(id, all);
  }

  @POST
  @Path("conflicts/{conflict: [0-9]{1,18}}/resolution")
  public ConfigurationView resolve(
      @PathParam("id") long id, @PathParam("conflict") long conflict, JsonObject body) {
    String how = RevisionTags.text(body, "resolution", 20);
    return history.resolve(
        id, conflict, how == null ? null : Choices.parse(Resolution.class, how, "resolution"));
  }

  private static int number(String text, String field) {
    if (text == null || !text.matches("[0-9]{1,9}")) {
      throw new InvalidInputException(field, "must be a revision number");
    }
    return Integer.parseInt(text);
  }

  private static JsonObject json(Object value) {
    try (JsonReader reader =
        JSON.createReader(new StringReader(JsonBinding.jsonb().toJson(value)))) {
      return reader.readObject();
    }
  }
}

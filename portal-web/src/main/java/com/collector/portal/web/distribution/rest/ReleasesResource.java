package com.collector.portal.web.distribution.rest;

import com.collector.portal.distribution.boundary.NewRelease;
import com.collector.portal.distribution.boundary.ReleaseView;
import com.collector.portal.distribution.boundary.Releases;
import com.collector.portal.identity.entity.Language;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.PortalException;
import com.collector.portal.web.rest.RefusedUploads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * Publishing releases. An upload is the package itself as the request body ({@code application/zip}
 * or {@code application/octet-stream}, streamed, never held in memory) with the metadata in query
 * parameters: {@code product}, {@code version}, {@code channel}, {@code mandatory}, {@code
 * rollout}, {@code notes.en|fr|nl}, {@code minAppVersion}, {@code maxAppVersion}.
 */
@RequestScoped
@Path("v1/releases")
@Produces(MediaType.APPLICATION_JSON)
public class ReleasesResource {

  @Inject Releases releases;

  @POST
  @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
  public Response upload(
      InputStream body,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long declaredLength,
      @Context UriInfo uri) {
    ReleaseView created;
    try {
      created =
          releases.upload(
              metadata(uri.getQueryParameters()),
              body,
              declaredLength == null ? -1 : declaredLength);
    } catch (PortalException refused) {
      RefusedUploads.swallow(body);
      throw refused;
    }
    return Response.created(uri.getBaseUriBuilder().path("v1/releases/" + created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id: [0-9]{1,18}}")
  public ReleaseView get(@PathParam("id") long id) {
    return releases.find(id);
  }

  /** Publishes a draft. */
  @POST
  @Path("{id: [0-9]{1,18}}/publication")
  public ReleaseView publish(@PathParam("id") long id) {
    return releases.publish(id);
  }

  /** Revokes a release. */
  @POST
  @Path("{id: [0-9]{1,18}}/revocation")
  public ReleaseView revoke(@PathParam("id") long id) {
    return releases.revoke(id);
  }

  /** Changes the rollout percentage: {@code {"percent": n}}, only raised once published. */
  @POST
  @Path("{id: [0-9]{1,18}}/rollout")
  @Consumes(MediaType.APPLICATION_JSON)
  public ReleaseView rollout(@PathParam("id") long id, RolloutJson input) {
    if (input == null) {
      throw new InvalidInputException("percent", "is required");
    }
    return releases.changeRollout(id, input.percent());
  }

  static NewRelease metadata(MultivaluedMap<String, String> query) {
    Map<Language, String> notes = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String text = query.getFirst("notes." + language.name());
      if (text != null) {
        notes.put(language, text);
      }
    }
    return new NewRelease(
        query.getFirst("product"),
        query.getFirst("version"),
        query.getFirst("channel"),
        bool(query.getFirst("mandatory")),
        integer(query.getFirst("rollout")),
        notes,
        query.getFirst("minAppVersion"),
        query.getFirst("maxAppVersion"));
  }

  private static Boolean bool(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return switch (text.strip()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new InvalidInputException("mandatory", "must be true or false");
    };
  }

  private static Integer integer(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("rollout", "must be a whole number 0 to 100");
    }
  }
}

package com.collector.portal.web.configuration.rest;

import com.collector.portal.configuration.boundary.CollectorConfiguration;
import com.collector.portal.configuration.boundary.CollectorDocument;
import com.collector.portal.web.rest.JsonBinding;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;

/**
 * {@code GET/PUT /api/collector/v1/config}: the Collector's configuration, authenticated as its
 * installation. {@code If-None-Match} names the revision it runs (304 when current); a push names
 * its base in {@code If-Match} and answers the merged revision, or 409 with the conflicting keys.
 * Answers hold secrets in plain text for the installation alone: never cached.
 */
@RequestScoped
@Path("collector/v1/config")
@Produces(MediaType.APPLICATION_JSON)
public class CollectorConfigResource {

  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject CollectorConfiguration configuration;

  @GET
  public Response pull(@HeaderParam("If-None-Match") String ifNoneMatch) {
    Integer held = RevisionTags.revision(ifNoneMatch, "If-None-Match");
    CollectorDocument document = configuration.pull(held);
    if (document == null) {
      return Response.notModified(RevisionTags.tag(held)).cacheControl(noStore()).build();
    }
    return answer(Response.ok(), document);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response push(@HeaderParam("If-Match") String ifMatch, JsonObject body) {
    Integer base = RevisionTags.revision(ifMatch, "If-Match");
    CollectorDocument document =
        configuration.push(
            base, RevisionTags.document(body), RevisionTags.text(body, "comment", 500));
    if (!document.conflicts().isEmpty()) {
      return RevisionTags.conflict(
          document.revision(), document.conflicts(), JSON.createObjectBuilder().build());
    }
    return answer(Response.ok(), document);
  }

  private static Response answer(Response.ResponseBuilder builder, CollectorDocument document) {
    return builder
        .tag(RevisionTags.tag(document.revision()))
        .cacheControl(noStore())
        .entity(body(document).toString())
        .build();
  }

  /** The document's JSON, as an enrollment answers it too. */
  public static JsonObject body(CollectorDocument document) {
    try (JsonReader reader =
        JSON.createReader(new StringReader(JsonBinding.jsonb().toJson(document)))) {
      JsonObjectBuilder body = JSON.createObjectBuilder(reader.readObject());
      body.remove("conflicts");
      return body.build();
    }
  }

  static CacheControl noStore() {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setPrivate(true);
    return noStore;
  }
}

package com.collector.portal.web.distribution.rest;

import com.collector.portal.distribution.boundary.PluginDownload;
import com.collector.portal.distribution.boundary.UpdateCheck;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Optional;

/**
 * Plugin downloads with resume, for an installation's token only (the update check itself is {@link
 * UpdateCheckServlet}).
 */
@RequestScoped
@Path("collector/v1")
public class UpdateCheckResource {

  /** Media type of a JWS compact serialization. */
  static final String JOSE = "application/jose";

  static final String ZIP = "application/zip";

  @Inject UpdateCheck updateCheck;

  /**
   * Streams a plugin package, the whole of it (200) or one {@code Range} (206; 416 when it lies
   * beyond the end). Never loads it in memory.
   */
  @GET
  @Path("plugins/{id}/{version}")
  public Response plugin(
      @PathParam("id") String id,
      @PathParam("version") String version,
      @HeaderParam("Range") String range,
      @HeaderParam("If-Range") String ifRange) {
    PluginDownload download = updateCheck.plugin(id, version);
    String etag = "\"" + download.sha256() + "\"";
    long size = download.size();
    Optional<ByteRange> wanted;
    try {
      wanted =
          ifRange == null || ifRange.strip().equals(etag)
              ? ByteRange.parse(range, size)
              : Optional.empty();
    } catch (ByteRange.Unsatisfiable e) {
      return Response.status(Response.Status.REQUESTED_RANGE_NOT_SATISFIABLE)
          .header("Content-Range", "bytes */" + size)
          .header(HttpHeaders.ETAG, etag)
          .build();
    }
    long first = wanted.map(ByteRange::first).orElse(0L);
    long length = wanted.map(ByteRange::length).orElse(size);
    StreamingOutput body =
        out -> {
          try (InputStream in = download.open(first, length)) {
            Streams.copy(in, out);
          }
        };
    Response.ResponseBuilder response =
        wanted.isPresent()
            ? Response.status(Response.Status.PARTIAL_CONTENT)
                .header("Content-Range", "bytes " + first + "-" + (first + length - 1) + "/" + size)
            : Response.ok();
    return response
        .entity(body)
        .type(ZIP)
        .header(HttpHeaders.ETAG, etag)
        .header(HttpHeaders.CONTENT_LENGTH, length)
        .header("Accept-Ranges", "bytes")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + id + "-" + version + ".zip\"")
        .build();
  }
}

package com.collector.portal.web.distribution.rest;

import com.collector.portal.distribution.boundary.PluginDownload;
import com.collector.portal.distribution.boundary.UpdateCheck;
import com.collector.portal.distribution.control.SignedDecision;
import com.collector.portal.platform.boundary.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * The Collector's update protocol: the signed update decision and plugin downloads with resume.
 * Both are for an installation's token only.
 */
@RequestScoped
@Path("collector/v1")
public class UpdateCheckResource {

  /** Media type of a JWS compact serialization. */
  static final String JOSE = "application/jose";

  static final String ZIP = "application/zip";

  @Inject UpdateCheck updateCheck;

  /**
   * The signed decision; 304 without a body when {@code If-None-Match} names the decision that
   * would be sent.
   */
  @POST
  @Path("update-check")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response check(
      UpdateCheckJson body, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    if (body == null) {
      throw new InvalidInputException("appVersion", "is required");
    }
    SignedDecision decision = updateCheck.check(body.toQuery());
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setPrivate(true);
    if (matches(ifNoneMatch, decision.etag())) {
      return Response.notModified()
          .header(HttpHeaders.ETAG, decision.etag())
          .cacheControl(noStore)
          .build();
    }
    return Response.ok(decision.bytes(), JOSE)
        .header(HttpHeaders.ETAG, decision.etag())
        .cacheControl(noStore)
        .build();
  }

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
            in.transferTo(out);
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

  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    return Arrays.stream(ifNoneMatch.split(","))
        .map(String::strip)
        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
        .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
  }
}

package com.collector.portal.web.distribution.rest;

import com.collector.portal.distribution.boundary.ClickOnce;
import com.collector.portal.distribution.boundary.HostedContent;
import com.collector.portal.web.problems.ServletProblems;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET|HEAD /clickonce/{channel}/{path}}: ClickOnce hosting, without authentication (the
 * ClickOnce runtime sends none). The deployment manifest is the channel's, signed by the portal and
 * revalidated on every fetch; every other file streams from the blob store with {@code ETag} and
 * one {@code Range}. A dependency that fails (blob store, Key Vault, timestamp server) is a 503
 * problem with {@code Retry-After}.
 */
@WebServlet(urlPatterns = "/clickonce/*")
public class ClickOnceServlet extends HttpServlet {

  static final String DEPLOYMENT = "application/x-ms-application";
  static final String MANIFEST = "application/x-ms-manifest";
  static final String OCTETS = "application/octet-stream";

  private static final long serialVersionUID = 1L;

  @Inject transient ClickOnce clickOnce;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(request, response, true);
  }

  @Override
  protected void doHead(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(request, response, false);
  }

  private void serve(HttpServletRequest request, HttpServletResponse response, boolean body)
      throws IOException {
    try {
      answer(request, response, body);
    } catch (RuntimeException failed) {
      if (response.isCommitted()) {
        throw failed; // the status went out with the first bytes: only aborting is left
      }
      response.reset();
      ServletProblems.send(failed, response, "ClickOnce hosting");
    }
  }

  private void answer(HttpServletRequest request, HttpServletResponse response, boolean body)
      throws IOException {
    Optional<HostedContent> found = find(request.getPathInfo());
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    HostedContent content = found.get();
    String etag = "\"" + content.sha256() + "\"";
    long size = content.size();
    response.setHeader("ETag", etag);
    response.setHeader("Accept-Ranges", "bytes");
    response.setHeader("Cache-Control", content.deploymentManifest() ? "no-cache" : "public");
    response.setContentType(contentType(content.name()));
    // RFC 9110 §13.2.2: If-None-Match is evaluated before Range (and If-Range) are considered.
    if (UpdateCheckServlet.matches(request.getHeader("If-None-Match"), etag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    String ifRange = request.getHeader("If-Range");
    Optional<ByteRange> wanted;
    try {
      wanted =
          ifRange == null || ifRange.strip().equals(etag)
              ? ByteRange.parse(request.getHeader("Range"), size)
              : Optional.empty();
    } catch (ByteRange.Unsatisfiable e) {
      response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
      response.setHeader("Content-Range", "bytes */" + size);
      response.setContentLengthLong(0);
      return;
    }
    long first = wanted.map(ByteRange::first).orElse(0L);
    long length = wanted.map(ByteRange::length).orElse(size);
    if (wanted.isPresent()) {
      response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
      response.setHeader(
          "Content-Range", "bytes " + first + "-" + (first + length - 1) + "/" + size);
    }
    response.setContentLengthLong(length);
    if (body && length > 0) {
      try (InputStream in = content.open(first, length)) {
        Streams.copy(in, response.getOutputStream());
      }
    }
  }

  private Optional<HostedContent> find(String pathInfo) {
    if (pathInfo == null || pathInfo.length() < 2) {
      return Optional.empty();
    }
    int slash = pathInfo.indexOf('/', 1);
    if (slash < 0 || slash == pathInfo.length() - 1) {
      return Optional.empty();
    }
    return clickOnce.hosted(pathInfo.substring(1, slash), pathInfo.substring(slash + 1));
  }

  /** What the ClickOnce runtime expects for each kind of file. */
  static String contentType(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".application")) {
      return DEPLOYMENT;
    }
    if (lower.endsWith(".manifest")) {
      return MANIFEST;
    }
    return OCTETS;
  }
}

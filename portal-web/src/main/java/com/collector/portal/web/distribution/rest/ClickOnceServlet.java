package com.collector.portal.web.distribution.rest;

import com.collector.portal.distribution.boundary.ClickOnce;
import com.collector.portal.distribution.boundary.HostedContent;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET|HEAD /clickonce/{channel}/{path}}: ClickOnce hosting, without authentication (the
 * ClickOnce runtime sends none). The deployment manifest is the channel's, signed by the portal and
 * revalidated on every fetch; every other file streams from the blob store with {@code ETag} and
 * one {@code Range}. A dependency that fails (blob store, Key Vault, timestamp server) is a 503
 * problem with {@code Retry-After}.
 */
@WebServlet(urlPatterns = "/clickonce/*", asyncSupported = true)
public class ClickOnceServlet extends DownloadServlet {

  static final String DEPLOYMENT = "application/x-ms-application";
  static final String MANIFEST = "application/x-ms-manifest";
  static final String OCTETS = "application/octet-stream";

  private static final long serialVersionUID = 1L;

  @Inject transient ClickOnce clickOnce;

  @Override
  String what() {
    return "ClickOnce hosting";
  }

  @Override
  void answer(HttpServletRequest request, HttpServletResponse response, boolean body)
      throws IOException {
    Optional<HostedContent> found = find(request.getPathInfo());
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    HostedContent content = found.get();
    response.setHeader("Cache-Control", content.deploymentManifest() ? "no-cache" : "public");
    response.setContentType(contentType(content.name()));
    new RangedBody(content.sha256(), content.size(), content::open, content.localFile())
        .serve(request, response, body);
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

package com.collector.portal.web.distribution.rest;

import com.collector.portal.distribution.boundary.PluginDownload;
import com.collector.portal.distribution.boundary.UpdateCheck;
import com.collector.portal.platform.boundary.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET|HEAD /api/collector/v1/plugins/{id}/{version}}: a plugin package for an installation
 * entitled to it (its own token only; anything else it may not have is 404), whole or one {@code
 * Range} to resume. A servlet rather than a JAX-RS resource so the package leaves by the
 * container's sendfile, as fast as a static file server sends it.
 */
@WebServlet(urlPatterns = "/api/collector/v1/plugins/*", asyncSupported = true)
public class PluginDownloadServlet extends DownloadServlet {

  static final String ZIP = "application/zip";

  private static final long serialVersionUID = 1L;

  @Inject transient UpdateCheck updateCheck;

  @Override
  String what() {
    return "Plugin download";
  }

  @Override
  void answer(HttpServletRequest request, HttpServletResponse response, boolean body)
      throws IOException {
    String[] wanted = idAndVersion(request.getPathInfo());
    PluginDownload download = updateCheck.plugin(wanted[0], wanted[1]);
    response.setContentType(ZIP);
    response.setHeader("Cache-Control", "private, no-transform");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + wanted[0] + "-" + wanted[1] + ".zip\"");
    new RangedBody(download.sha256(), download.size(), download::open, download.localFile())
        .serve(request, response, body);
  }

  /** {@code /{id}/{version}}, each one non-empty segment; anything else names no package. */
  static String[] idAndVersion(String pathInfo) {
    String[] parts = pathInfo == null ? new String[0] : pathInfo.split("/", -1);
    if (parts.length != 3 || !parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
      throw new NotFoundException("Plugin", String.valueOf(pathInfo));
    }
    return new String[] {parts[1], parts[2]};
  }
}

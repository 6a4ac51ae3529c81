package com.collector.portal.web.distribution.rest;

import com.collector.portal.distribution.boundary.UpdateCheck;
import com.collector.portal.distribution.boundary.UpdateQuery;
import com.collector.portal.distribution.control.SignedDecision;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.web.problems.Problem;
import com.collector.portal.web.problems.ServletProblems;
import com.collector.portal.web.rest.JsonBodies;
import com.collector.portal.web.rest.JsonRequests;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/collector/v1/update-check}: the signed decision for the calling installation, or
 * 304 when {@code If-None-Match} names it. A servlet rather than a JAX-RS resource because every
 * Collector asks at every start: the answer is the cached signed bytes, written as they are.
 * Authentication and the tenant scope are the portal's usual ones.
 */
@WebServlet(urlPatterns = UpdateCheckServlet.PATH)
public class UpdateCheckServlet extends HttpServlet {

  static final String PATH = "/api/collector/v1/update-check";

  /** Media type of a JWS compact serialization. */
  static final String JOSE = "application/jose";

  /** A check names a few dozen plugins at most; anything much larger is not a check. */
  static final int MAX_BODY = 64 * 1024;

  private static final long serialVersionUID = 1L;

  @Inject transient UpdateCheck updateCheck;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      answer(request, response);
    } catch (RuntimeException failed) {
      ServletProblems.send(failed, response, "Update check");
    }
  }

  private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (JsonRequests.refusedUnlessJson(request, response)) {
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      new Problem(
              "payload-too-large",
              "Request too large",
              413,
              "An update check is at most " + MAX_BODY + " bytes",
              null)
          .send(response);
      return;
    }
    SignedDecision decision = updateCheck.check(query(body));
    response.setHeader("ETag", decision.etag());
    response.setHeader("Cache-Control", "private, no-store");
    if (matches(request.getHeader("If-None-Match"), decision.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(JOSE);
    response.setContentLength(decision.bytes().length);
    response.getOutputStream().write(decision.bytes());
  }

  /** The check the body asks for; 400 naming the field when it is not one. */
  static UpdateQuery query(byte[] body) {
    JsonObject object = JsonBodies.object(body);
    Map<String, String> plugins = new LinkedHashMap<>();
    JsonValue listed = object.get("plugins");
    if (listed != null && listed.getValueType() != JsonValue.ValueType.NULL) {
      if (listed.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new InvalidInputException("plugins", "must be an object of plugin id to version");
      }
      listed
          .asJsonObject()
          .forEach((id, version) -> plugins.put(id, text(version, "plugins." + id)));
    }
    return new UpdateQuery(
        text(object.get("appVersion"), "appVersion"),
        text(object.get("channel"), "channel"),
        plugins);
  }

  private static String text(JsonValue value, String field) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString string) {
      return string.getString();
    }
    throw new InvalidInputException(field, "must be a string");
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

package com.collector.portal.web.problems;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS' own refusals (unknown path, wrong method, unreadable body) as problem+json. A body that
 * is not valid JSON, or has a value of the wrong type, is a 400.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    if (isUnreadableBody(e)) {
      return MalformedBodyException.response(e);
    }
    int status = e.getResponse().getStatus();
    String title =
        Response.Status.fromStatusCode(status) == null
            ? "Error"
            : Response.Status.fromStatusCode(status).getReasonPhrase();
    return new Problem("http-" + status, title, status, title, null).toResponse();
  }

  static boolean isUnreadableBody(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonbException
          || t instanceof ProcessingException
          || t instanceof jakarta.json.JsonException) {
        return true;
      }
    }
    return false;
  }

  /** The first line of the innermost cause's message: what a client may read of a failure. */
  public static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null
        ? root.getClass().getSimpleName()
        : message.lines().findFirst().orElse("");
  }
}

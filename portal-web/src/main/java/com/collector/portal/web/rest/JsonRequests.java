package com.collector.portal.web.rest;

import com.collector.portal.web.problems.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/** What the API's servlets check of a request before reading its body. */
public final class JsonRequests {

  private JsonRequests() {}

  /** Answers 415 and says so when the body is not announced as JSON. */
  public static boolean refusedUnlessJson(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String type = request.getContentType();
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      return false;
    }
    new Problem(
            "unsupported-media-type",
            "Unsupported media type",
            415,
            "The body must be application/json",
            null)
        .send(response);
    return true;
  }
}

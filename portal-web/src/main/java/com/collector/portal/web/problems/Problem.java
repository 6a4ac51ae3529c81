package com.collector.portal.web.problems;

import com.collector.portal.platform.boundary.InvalidInputException.FieldError;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;

/** An RFC 9457 problem document; {@code errors} names the fields at fault. */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  /** Looked up once: {@code Json.create…} searches the class path for a provider at every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://collector-portal.invalid/problems/";

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public String toJson() {
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("type", TYPE_BASE + type)
            .add("title", title)
            .add("status", status)
            .add("detail", detail == null ? title : detail);
    if (!errors.isEmpty()) {
      JsonArrayBuilder array = JSON.createArrayBuilder();
      errors.forEach(
          e ->
              array.add(
                  JSON.createObjectBuilder().add("field", e.field()).add("message", e.message())));
      body.add("errors", array);
    }
    return body.build().toString();
  }

  /** Answers a servlet request with this problem. */
  public void send(HttpServletResponse response) throws IOException {
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(toJson());
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(toJson()).build();
  }
}

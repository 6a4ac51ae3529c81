package com.collector.portal.web.problems;

import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.EntitlementMissingException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.InvalidInputException.FieldError;
import com.collector.portal.platform.boundary.PortalException;
import com.collector.portal.platform.boundary.RetryLaterException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Every client mistake the features report becomes a problem+json answer, in the caller's language
 * where the resource is {@link WordedBy} a feature's bundle.
 */
@Provider
public class PortalExceptionMapper implements ExceptionMapper<PortalException> {

  @Context ResourceInfo resource;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(PortalException e) {
    return response(e, resource, headers);
  }

  static Response response(PortalException e, ResourceInfo resource, HttpHeaders headers) {
    Response.ResponseBuilder response =
        Response.fromResponse(CallersLanguage.problem(e, resource, headers).toResponse());
    headers(e).forEach(response::header);
    return response.build();
  }

  /** Answers a servlet request as {@link #toResponse} would: the problem and its headers. */
  public static void send(PortalException e, HttpServletResponse response) throws IOException {
    headers(e).forEach(response::setHeader);
    problem(e).send(response);
  }

  /** When to retry ({@code Retry-After}), or how to authenticate ({@code WWW-Authenticate}). */
  private static Map<String, String> headers(PortalException e) {
    if (e instanceof RetryLaterException later) {
      return Map.of("Retry-After", Long.toString(Math.max(1, later.retryAfter().toSeconds())));
    }
    if (e.status() == 401) {
      return Map.of("WWW-Authenticate", "Bearer");
    }
    return Map.of();
  }

  /** The problem document of {@code e}: the fields at fault, or the missing entitlement. */
  public static Problem problem(PortalException e) {
    List<FieldError> errors = List.of();
    if (e instanceof InvalidInputException invalid) {
      errors = invalid.errors();
    } else if (e instanceof ConflictException conflict && conflict.field() != null) {
      errors = List.of(new FieldError(conflict.field(), e.getMessage()));
    } else if (e instanceof EntitlementMissingException missing) {
      // The missing entitlement is named like a field, so clients read it where they read fields.
      errors = List.of(new FieldError(missing.entitlement(), e.getMessage()));
    }
    return new Problem(e.type(), title(e), e.status(), e.getMessage(), errors);
  }

  private static String title(PortalException e) {
    return switch (e.status()) {
      case 400 -> "Invalid input";
      case 401 -> "Authentication required";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 409 -> "Conflict";
      case 429 -> "Too many attempts";
      case 503 -> "Service unavailable";
      default -> "Request refused";
    };
  }
}

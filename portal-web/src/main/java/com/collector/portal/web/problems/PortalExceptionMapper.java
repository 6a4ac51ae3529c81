package com.collector.portal.web.problems;

import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.EntitlementMissingException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.InvalidInputException.FieldError;
import com.collector.portal.platform.boundary.PortalException;
import com.collector.portal.platform.boundary.TooManyAttemptsException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Every client mistake the features report becomes a problem+json answer. */
@Provider
public class PortalExceptionMapper implements ExceptionMapper<PortalException> {

  @Override
  public Response toResponse(PortalException e) {
    return response(e);
  }

  static Response response(PortalException e) {
    Response response = problem(e).toResponse();
    if (e instanceof TooManyAttemptsException throttled) {
      return Response.fromResponse(response)
          .header("Retry-After", Math.max(1, throttled.retryAfter().toSeconds()))
          .build();
    }
    if (e.status() == 401) {
      return Response.fromResponse(response).header("WWW-Authenticate", "Bearer").build();
    }
    return response;
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
      default -> "Request refused";
    };
  }
}

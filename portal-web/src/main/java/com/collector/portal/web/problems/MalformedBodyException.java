package com.collector.portal.web.problems;

import com.collector.portal.platform.boundary.InvalidInputException;
import jakarta.ws.rs.core.Response;

/**
 * A body the API cannot read as the object a call takes. Its problem type stays {@code
 * malformed-body}, as clients knew it, and it names the field {@code body}.
 */
public class MalformedBodyException extends InvalidInputException {

  public MalformedBodyException(String message) {
    super("body", message);
  }

  /** The answer to a body some other reader could not read: {@code failed} says why. */
  static Response response(Throwable failed) {
    return PortalExceptionMapper.problem(
            new MalformedBodyException(
                "is not valid JSON for this call: "
                    + WebApplicationExceptionMapper.rootMessage(failed)))
        .toResponse();
  }

  @Override
  public String type() {
    return "malformed-body";
  }
}

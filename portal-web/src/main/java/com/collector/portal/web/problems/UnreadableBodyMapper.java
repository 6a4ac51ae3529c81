package com.collector.portal.web.problems;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A JSON-B failure that reaches us unwrapped: the client sent JSON we cannot bind. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

  @Override
  public Response toResponse(JsonbException e) {
    return MalformedBodyException.response(e);
  }
}

package com.collector.portal.web.problems;

import com.collector.portal.platform.boundary.PortalException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything else: a body we cannot read is the client's fault, the rest is ours (500, logged). */
@Provider
public class FaultMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(FaultMapper.class.getName());

  @Context ResourceInfo resource;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof PortalException portal) {
        return PortalExceptionMapper.response(portal, resource, headers);
      }
    }
    if (WebApplicationExceptionMapper.isUnreadableBody(e)) {
      return MalformedBodyException.response(e);
    }
    LOG.log(Level.SEVERE, "Unexpected failure", e);
    return new Problem("internal", "Internal error", 500, "The request failed on our side", null)
        .toResponse();
  }
}

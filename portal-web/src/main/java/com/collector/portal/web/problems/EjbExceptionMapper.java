package com.collector.portal.web.problems;

import com.collector.portal.platform.boundary.PortalException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Unwraps what the EJB container wrapped; a real fault becomes a 500 without internals. */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

  private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

  @Override
  public Response toResponse(EJBException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof PortalException portal) {
        return PortalExceptionMapper.response(portal);
      }
    }
    LOG.log(Level.SEVERE, "Unexpected failure", e);
    return new Problem("internal", "Internal error", 500, "The request failed on our side", null)
        .toResponse();
  }
}

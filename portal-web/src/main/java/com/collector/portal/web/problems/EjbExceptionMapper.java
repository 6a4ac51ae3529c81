package com.collector.portal.web.problems;

import com.collector.portal.platform.boundary.PortalException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Unwraps what the EJB container wrapped; a request that lost a race for the same row (the JPA or
 * EclipseLink optimistic lock exception, matched by name to cover both) is a 409 and was rolled
 * back; a real fault becomes a 500 without internals.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

  private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

  @Context ResourceInfo resource;
  @Context HttpHeaders headers;

  /** The 409 for a request that lost a race for the same row, if that is what {@code e} is. */
  public static Optional<Problem> lostRace(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      String name = cause.getClass().getSimpleName();
      if (name.equals("OptimisticLockException") || name.equals("PessimisticLockException")) {
        return Optional.of(
            new Problem(
                "concurrent-change",
                "Changed at the same time",
                409,
                "Someone changed the same record at the same moment; nothing was saved, try again",
                null));
      }
    }
    return Optional.empty();
  }

  @Override
  public Response toResponse(EJBException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof PortalException portal) {
        return PortalExceptionMapper.response(portal, resource, headers);
      }
    }
    Optional<Problem> lostRace = lostRace(e);
    if (lostRace.isPresent()) {
      LOG.log(Level.INFO, "Concurrent change refused", e);
      return lostRace.get().toResponse();
    }
    LOG.log(Level.SEVERE, "Unexpected failure", e);
    return new Problem("internal", "Internal error", 500, "The request failed on our side", null)
        .toResponse();
  }
}

package com.collector.portal.web.problems;

import com.collector.portal.platform.boundary.PortalException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * For servlets, which the API's exception mappers do not reach: a failure answered as those mappers
 * would answer it.
 */
public final class ServletProblems {

  private static final Logger LOG = Logger.getLogger(ServletProblems.class.getName());

  private ServletProblems() {}

  /**
   * Answers with the problem of {@code failed}: what the EJB container wrapped unwrapped (a {@link
   * PortalException} with its headers, such as 503 with {@code Retry-After}; a lost race as 409);
   * anything else is a 500, logged here as {@code what} failed.
   */
  public static void send(RuntimeException failed, HttpServletResponse response, String what)
      throws IOException {
    for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
      if (cause instanceof PortalException portal) {
        PortalExceptionMapper.send(portal, response);
        return;
      }
    }
    Optional<Problem> lostRace = EjbExceptionMapper.lostRace(failed);
    if (lostRace.isPresent()) {
      lostRace.get().send(response);
      return;
    }
    LOG.log(Level.SEVERE, what + " failed", failed);
    new Problem("internal", "Internal error", 500, "The request failed on our side", null)
        .send(response);
  }
}

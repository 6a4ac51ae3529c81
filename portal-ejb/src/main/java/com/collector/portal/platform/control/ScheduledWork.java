package com.collector.portal.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a timer's work the way every scheduled job needs it: with a request context (the tenancy
 * scope is request-scoped and a timer has no request), and with a failure logged rather than
 * thrown, since the next run catches up.
 */
@ApplicationScoped
public class ScheduledWork {

  private static final Logger LOG = Logger.getLogger(ScheduledWork.class.getName());

  @Inject RequestContextController requestContext;

  public void run(String job, Runnable work) {
    boolean activated = requestContext.activate();
    try {
      work.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, job + " failed; the next run catches up", e);
    } finally {
      if (activated) {
        requestContext.deactivate();
      }
    }
  }
}

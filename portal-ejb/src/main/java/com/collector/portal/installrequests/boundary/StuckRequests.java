package com.collector.portal.installrequests.boundary;

import com.collector.portal.installrequests.control.RequestDelivery;
import com.collector.portal.installrequests.control.RequestMails;
import com.collector.portal.installrequests.control.RequestPolicy;
import com.collector.portal.installrequests.entity.InstallationRequest;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tickets.boundary.AutomaticTickets;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Raises the flag on requests that sit in a worked state longer than it allows, as the system job
 * {@value #JOB}: once per stay in a state (a move clears the flag), customer service is mailed and
 * the linked ticket gets an internal note. Each request is locked and flagged in a transaction of
 * its own, so instances running the check at once flag it once.
 */
@Stateless
public class StuckRequests {

  static final String JOB = "installation-requests-stuck";
  private static final Logger LOG = Logger.getLogger(StuckRequests.class.getName());
  private static final int MOST_PER_RUN = 200;

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject RequestPolicy policy;
  @Inject RequestMails mails;
  @Inject AutomaticTickets tickets;
  @Inject Clock clock;
  @Resource SessionContext context;

  /** Flags every request stuck now and not flagged yet; answers how many were flagged. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int flagAll() {
    StuckRequests self = context.getBusinessObject(StuckRequests.class);
    Instant now = clock.instant();
    int flagged = 0;
    for (long id : unflagged(now)) {
      try {
        flagged += self.flag(id, now) ? 1 : 0;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Flagging installation request " + id + " as stuck failed", e);
      }
    }
    if (flagged > 0) {
      int count = flagged;
      LOG.info(() -> "Stuck installation requests (system:" + JOB + "): " + count + " flagged");
    }
    return flagged;
  }

  /** Flags one request if it is still stuck and unflagged, in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean flag(long id, Instant now) {
    return current.runAs(
        TenantScope.system(JOB),
        () -> {
          InstallationRequest request = store.findForUpdate(InstallationRequest.class, id);
          Duration limit = policy.stuckAfter(request.state());
          if (!request.flagStuck(limit, now)) {
            return false;
          }
          if (request.ticketNumber() != null) {
            tickets.noteInternal(
                request.ticketNumber(), note(request, limit, now), RequestDelivery.SOURCE);
          }
          mails.stuck(request, limit, now);
          return true;
        });
  }

  private List<Long> unflagged(Instant now) {
    return current.runAs(
        TenantScope.system(JOB),
        () -> {
          Map<String, Object> parameters = new HashMap<>();
          String stuck = policy.stuckCondition(parameters, now);
          return store
              .list(
                  InstallationRequest.class,
                  "e.stuckFlaggedAt IS NULL AND " + stuck,
                  parameters,
                  "e.stateSince",
                  MOST_PER_RUN)
              .stream()
              .map(InstallationRequest::id)
              .toList();
        });
  }

  private static String note(InstallationRequest request, Duration limit, Instant now) {
    return "Installation request #"
        + request.id()
        + " has been "
        + request.state()
        + " for "
        + Duration.between(request.stateSince(), now).toHours()
        + " hours, longer than the "
        + limit.toHours()
        + " hours it may stay so.";
  }
}

package com.collector.portal.installrequests.boundary;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.installations.boundary.EnrollmentCode;
import com.collector.portal.installations.boundary.Installations;
import com.collector.portal.installations.entity.InstallationState;
import com.collector.portal.installrequests.control.RequestDelivery;
import com.collector.portal.installrequests.control.RequestViews;
import com.collector.portal.installrequests.entity.InstallationRequest;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.OrganizationKind;
import com.collector.portal.tickets.boundary.Tickets;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Customer service's moves on installation requests (vendor staff holding {@code WORK_TICKETS}):
 * accept (taking the linked ticket) or reject with a reason, schedule the appointment, start
 * installing (which issues the enrollment code), close. Each move is the request's own operation;
 * the plan step, the audit entry and the mails follow.
 */
@Stateless
public class RequestWorkflow {

  private static final Duration APPOINTMENT_HORIZON = Duration.ofDays(366);

  @Inject Store store;
  @Inject RequestViews readable;
  @Inject RequestDelivery delivery;
  @Inject RequestDetails details;
  @Inject Installations installations;
  @Inject Tickets tickets;
  @Inject Clock clock;

  /** Whether the caller works installation requests (pages ask it). */
  public boolean mayWork() {
    TenantScope scope = store.scope();
    return !scope.isInstallation()
        && scope.kind() == OrganizationKind.VENDOR
        && scope.has(Right.WORK_TICKETS);
  }

  /** Takes a submitted request: the caller handles it and its ticket. */
  public RequestDetailView accept(long id) {
    InstallationRequest request = load(id);
    UserAccount agent = store.find(UserAccount.class, store.scope().userId());
    request.accept(agent.id(), name(agent), store.scope().actor(), clock.instant());
    if (request.ticketNumber() != null) {
      tickets.handTo(request.ticketNumber(), agent.id());
    }
    return moved(request);
  }

  /**
   * Turns a request down with a reason (required), from submitted up to scheduled (409 once
   * installing): its installation is retired and its ticket resolved with the reason.
   */
  public RequestDetailView reject(long id, String reason) {
    InstallationRequest request = load(id);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "is required: the requester is told why");
    }
    request.reject(note("reason", reason), store.scope().actor(), clock.instant());
    withdrawInstallation(request);
    return moved(request);
  }

  /**
   * A rejected request's installation must never enroll: still pending (no Collector runs it), it
   * is retired, which refuses any enrollment code and frees the customer's installation slot.
   */
  private void withdrawInstallation(InstallationRequest request) {
    if (request.installationId() != null
        && installations.get(request.installationId()).state() == InstallationState.PENDING) {
      installations.retire(request.installationId());
    }
  }

  /** Agrees on (or moves) the appointment, which must lie ahead. */
  public RequestDetailView schedule(long id, Instant appointment, String note) {
    InstallationRequest request = load(id);
    Instant now = clock.instant();
    if (appointment == null) {
      throw new InvalidInputException("appointment", "is required (an ISO instant)");
    }
    if (!appointment.isAfter(now)) {
      throw new InvalidInputException("appointment", "must lie in the future");
    }
    // Also keeps it inside what a PostgreSQL timestamp holds (an ISO instant may name year 10^9).
    if (appointment.isAfter(now.plus(APPOINTMENT_HORIZON))) {
      throw new InvalidInputException("appointment", "must lie within a year");
    }
    request.schedule(appointment, note("note", note), store.scope().actor(), now);
    return moved(request);
  }

  /**
   * Starts installing: the installation gets its enrollment code (answered once, for the
   * installer); the request moves to installed by itself once the Collector runs revision 1.
   */
  public Started start(long id) {
    InstallationRequest request = load(id);
    request.startInstalling(store.scope().actor(), clock.instant());
    EnrollmentCode code = installations.newCode(request.installationId());
    RequestDetailView view = moved(request);
    return new Started(view, code.code(), code.expiresAt());
  }

  public RequestDetailView close(long id, String note) {
    InstallationRequest request = load(id);
    request.close(store.scope().actor(), clock.instant(), note("note", note));
    return moved(request);
  }

  /** A note kept with a move, stripped; null stays null. */
  private static String note(String field, String text) {
    if (text == null) {
      return null;
    }
    if (text.length() > 2000) {
      throw new InvalidInputException(field, "is longer than 2000 characters");
    }
    if (text.indexOf('\u0000') >= 0) {
      throw new InvalidInputException(field, "must not contain the NUL character");
    }
    return text.strip();
  }

  private InstallationRequest load(long id) {
    TenantScope scope = store.scope();
    if (scope.isInstallation() || !scope.has(Right.VIEW)) {
      throw new ForbiddenException("Installation requests are for people, not Collectors");
    }
    InstallationRequest request = readable.findForUpdate(id);
    if (!mayWork()) {
      throw new ForbiddenException("This is customer service's work: it needs WORK_TICKETS");
    }
    return request;
  }

  private RequestDetailView moved(InstallationRequest request) {
    delivery.moved(request);
    return details.of(request);
  }

  private static String name(UserAccount user) {
    return user.displayName() == null || user.displayName().isBlank()
        ? user.email()
        : user.displayName();
  }
}

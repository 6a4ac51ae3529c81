package com.collector.portal.installrequests.boundary;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.installrequests.control.RequestPolicy;
import com.collector.portal.installrequests.entity.InstallationRequest;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tickets.boundary.PlannedActionView;
import com.collector.portal.tickets.boundary.TicketDetailView;
import com.collector.portal.tickets.boundary.Tickets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/** Builds a request's detail: its timeline and the linked ticket's plan as the reader sees it. */
@ApplicationScoped
public class RequestDetails {

  @Inject Store store;
  @Inject Tickets tickets;
  @Inject RequestPolicy policy;
  @Inject Clock clock;

  public RequestView view(InstallationRequest request) {
    return RequestView.of(request, policy.stuckAfter(request.state()), clock.instant());
  }

  public RequestDetailView of(InstallationRequest request) {
    String reference = null;
    List<PlannedActionView> plan = List.of();
    String handler = request.handlerName();
    if (request.ticketNumber() != null) {
      TicketDetailView ticket = ticket(request.ticketNumber());
      if (ticket != null) {
        reference = ticket.ticket().reference();
        plan = ticket.plan();
        if (ticket.ticket().assigneeName() != null) {
          handler = ticket.ticket().assigneeName();
        }
      }
    }
    return new RequestDetailView(
        view(request),
        request.answers(),
        request.history().stream().map(TransitionView::of).toList(),
        reference,
        plan,
        handler,
        request.appointmentAt(),
        request.appointmentNote(),
        request.rejectionReason());
  }

  /**
   * The ticket as the reader may see it; null when the reader may not read tickets (asked first: a
   * refusal thrown by the tickets' boundary would roll back the caller's transaction).
   */
  private TicketDetailView ticket(long number) {
    TenantScope scope = store.scope();
    if (scope.isInstallation() || !scope.has(Right.VIEW)) {
      return null;
    }
    return tickets.get(number);
  }
}

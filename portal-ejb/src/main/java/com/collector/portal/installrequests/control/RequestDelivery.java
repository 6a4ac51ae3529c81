package com.collector.portal.installrequests.control;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.installrequests.entity.InstallationRequest;
import com.collector.portal.installrequests.entity.RequestAnswers;
import com.collector.portal.installrequests.entity.RequestState;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tickets.boundary.AutomaticReport;
import com.collector.portal.tickets.boundary.AutomaticTickets;
import com.collector.portal.tickets.entity.TicketCategory;
import com.collector.portal.tickets.entity.TicketPriority;
import com.collector.portal.tickets.entity.TicketSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What moves a request along besides its own state: on submission the delivery (customer,
 * subscription, installation, initial configuration) and the linked ticket with the standard plan;
 * on every move the matching plan step, the audit entry and the mails.
 */
@ApplicationScoped
public class RequestDelivery {

  /** How the tickets' timeline names the source of its automatic entries. */
  public static final String SOURCE = "Installation requests";

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject RequestProcessing processing;
  @Inject AutomaticTickets tickets;
  @Inject RequestPolicy policy;
  @Inject RequestMails mails;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Submits a draft: all of it is made in the caller's transaction, or none of it. */
  public void submit(InstallationRequest request, RequestAnswers answers) {
    RequestProcessing.Delivery delivery = processing.deliver(request, answers);
    request.submit(
        delivery.customer().path(),
        delivery.customer().id(),
        delivery.customer().name(),
        AnswersJson.write(answers),
        store.scope().actor(),
        clock.instant());
    long ticket =
        current.runAs(
            TenantScope.system("installation-requests"), () -> open(request, answers, delivery));
    request.deliverThrough(delivery.installationId(), ticket);
    moved(request);
  }

  /** After a move: the plan step it completes, the audit entry, the mails. */
  public void moved(InstallationRequest request) {
    RequestState state = request.state();
    if (request.ticketNumber() != null) {
      policy
          .stepFor(state)
          .ifPresent(
              position ->
                  current.runAs(
                      TenantScope.system("installation-requests"),
                      () -> {
                        tickets.completeStep(request.ticketNumber(), position, SOURCE);
                      }));
    }
    if ((state == RequestState.CLOSED || state == RequestState.REJECTED)
        && request.ticketNumber() != null) {
      // Nothing is left to do: the linked ticket is resolved (and closes after the reopen window).
      String note =
          state == RequestState.REJECTED
              ? "Installation request #" + request.id() + " rejected: " + request.rejectionReason()
              : "Installation request #" + request.id() + " closed";
      current.runAs(
          TenantScope.system("installation-requests"),
          () -> {
            tickets.resolveAutomatic(request.customerId(), fingerprint(request), SOURCE, note);
          });
    }
    audit.record(
        "installation-request." + state.name().toLowerCase(),
        "installation-request",
        request.id(),
        request.ownerPath(),
        null,
        Map.of("state", state.name()));
    mails.changed(request);
  }

  private long open(
      InstallationRequest request, RequestAnswers answers, RequestProcessing.Delivery delivery) {
    long number =
        tickets
            .openAutomatic(
                new AutomaticReport(
                    TicketSource.INSTALLATION_REQUEST,
                    fingerprint(request),
                    delivery.customer().id(),
                    delivery.installationId(),
                    "Installation request #" + request.id() + ": " + delivery.customer().name(),
                    description(request, answers),
                    TicketCategory.INSTALLATION,
                    TicketPriority.NORMAL,
                    SOURCE))
            .ticket()
            .number();
    tickets.planFromTemplate(number, SOURCE);
    return number;
  }

  /** The key the linked ticket carries, so the request finds it again. */
  private static String fingerprint(InstallationRequest request) {
    return "installation-request:" + request.id();
  }

  /** The ticket's description: what the installer needs at a glance. */
  static String description(InstallationRequest request, RequestAnswers a) {
    String plugins =
        a.environment().plugins().stream()
            .map(p -> p.id() + (p.version() == null ? "" : " " + p.version()))
            .collect(Collectors.joining(", "));
    return "Installation request #"
        + request.id()
        + " by "
        + request.requester()
        + "\nMachine: "
        + a.environment().machineName()
        + " ("
        + a.environment().windowsVersion()
        + (Boolean.TRUE.equals(a.environment().dotNetInstalled()) ? ", .NET present" : ", no .NET")
        + ")\nSource systems: "
        + plugins
        + "\nPreferred dates: "
        + a.scheduling().preferredDates()
        + " ("
        + a.scheduling().mode()
        + ")\nContact: "
        + a.scheduling().contact().name()
        + " "
        + (a.scheduling().contact().phone() == null ? "" : a.scheduling().contact().phone())
        + " "
        + (a.scheduling().contact().email() == null ? "" : a.scheduling().contact().email());
  }
}

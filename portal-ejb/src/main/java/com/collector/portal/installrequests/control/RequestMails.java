package com.collector.portal.installrequests.control;

import com.collector.portal.identity.entity.Language;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.installrequests.entity.InstallationRequest;
import com.collector.portal.installrequests.entity.RequestState;
import com.collector.portal.installrequests.entity.RequestTransition;
import com.collector.portal.notifications.control.MailTexts;
import com.collector.portal.notifications.control.Mailer;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails each change of a request to its requester and the customer's administrators, each in their
 * language; read and sent as the system, since the requester's partner lies outside the customer's
 * subtree and the Collector's call that installs it acts as the installation.
 */
@ApplicationScoped
public class RequestMails {

  static final String BUNDLE = "com.collector.portal.installrequests.mails";

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject Mailer mailer;

  @Inject
  @ConfigProperty(name = "portal.public.url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Inject AppointmentTimes appointments;

  /** Announces the request's latest move. */
  public void changed(InstallationRequest request) {
    List<RequestTransition> history = request.history();
    RequestTransition last = history.get(history.size() - 1);
    if (last.to() == RequestState.DRAFT) {
      return;
    }
    current.runAs(TenantScope.system("installation-request-mails"), () -> send(request, last));
  }

  private void send(InstallationRequest request, RequestTransition last) {
    for (Map.Entry<String, UserAccount> recipient : recipients(request).entrySet()) {
      UserAccount user = recipient.getValue();
      Language language = user.language() == null ? Language.en : user.language();
      Locale locale = language.locale();
      Map<String, String> placeholders = new HashMap<>();
      placeholders.put("id", "#" + request.id());
      placeholders.put("customer", request.customerName() == null ? "-" : request.customerName());
      placeholders.put(
          "state", MailTexts.text(BUNDLE, locale, "request.state." + last.to(), Map.of()));
      placeholders.put("details", details(request, last, locale));
      placeholders.put(
          "link",
          publicUrl.replaceAll("/+$", "") + "/installation-request.xhtml?id=" + request.id());
      MailTexts.Text text = MailTexts.render(BUNDLE, locale, "request.changed", placeholders);
      mailer.send(user.ownerPath(), user.email(), text.subject(), text.body());
    }
  }

  /** What the mail says of the move: the reason of a rejection, the appointment agreed. */
  String details(InstallationRequest request, RequestTransition last, Locale locale) {
    String note = last.note() == null ? "" : last.note();
    return switch (last.to()) {
      case REJECTED ->
          MailTexts.text(BUNDLE, locale, "request.details.rejected", Map.of("note", note));
      case SCHEDULED ->
          MailTexts.text(
              BUNDLE,
              locale,
              "request.details.scheduled",
              Map.of(
                  "appointment", appointments.text(request.appointmentAt(), locale), "note", note));
      default -> "";
    };
  }

  /** The requester and the customer's administrators, once each, by e-mail. */
  private Map<String, UserAccount> recipients(InstallationRequest request) {
    List<UserAccount> users = new ArrayList<>();
    if (request.requesterId() != null) {
      store.findOptional(UserAccount.class, request.requesterId()).ifPresent(users::add);
    }
    if (request.customerId() != null) {
      users.addAll(
          store
              .list(
                  UserAccount.class,
                  "e.organization.id = :customer AND e.enabled = TRUE"
                      + " AND e.invitationPending = FALSE",
                  Map.of("customer", request.customerId()),
                  "e.id")
              .stream()
              .filter(user -> user.rights().contains(Right.ADMINISTER))
              .toList());
    }
    Map<String, UserAccount> byEmail = new LinkedHashMap<>();
    users.stream().filter(UserAccount::isEnabled).forEach(u -> byEmail.putIfAbsent(u.email(), u));
    return byEmail;
  }
}

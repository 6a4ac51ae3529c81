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
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails each change of a request to its requester and the customer's administrators (and to its
 * partner when customer service made the request), and a stuck request to customer service, each in
 * their language; read and sent as the system, since the requester's partner lies outside the
 * customer's subtree and the Collector's call that installs it acts as the installation.
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

  /**
   * Tells customer service that {@code request} has sat in its state beyond {@code limit}: its
   * handler when it has one, else every agent (vendor staff holding {@code WORK_TICKETS}).
   */
  public void stuck(InstallationRequest request, Duration limit, Instant now) {
    current.runAs(
        TenantScope.system("installation-request-mails"),
        () -> {
          for (UserAccount user : customerService(request)) {
            Locale locale = (user.language() == null ? Language.en : user.language()).locale();
            Map<String, String> placeholders = placeholders(request, request.state(), locale);
            placeholders.put(
                "hours", Long.toString(Duration.between(request.stateSince(), now).toHours()));
            placeholders.put("limit", Long.toString(limit.toHours()));
            MailTexts.Text text = MailTexts.render(BUNDLE, locale, "request.stuck", placeholders);
            mailer.send(user.ownerPath(), user.email(), text.subject(), text.body());
          }
        });
  }

  private List<UserAccount> customerService(InstallationRequest request) {
    if (request.handlerId() != null) {
      Optional<UserAccount> handler =
          store.findOptional(UserAccount.class, request.handlerId()).filter(UserAccount::isEnabled);
      if (handler.isPresent()) {
        return List.of(handler.get());
      }
    }
    return store
        .list(
            UserAccount.class,
            "e.organization.kind = :vendor AND e.enabled = TRUE AND e.invitationPending = FALSE",
            Map.of("vendor", OrganizationKind.VENDOR),
            "e.id")
        .stream()
        .filter(user -> user.rights().contains(Right.WORK_TICKETS))
        .toList();
  }

  private Map<String, String> placeholders(
      InstallationRequest request, RequestState state, Locale locale) {
    Map<String, String> placeholders = new HashMap<>();
    placeholders.put("id", "#" + request.id());
    placeholders.put("customer", request.customerName() == null ? "-" : request.customerName());
    placeholders.put("state", MailTexts.text(BUNDLE, locale, "request.state." + state, Map.of()));
    placeholders.put(
        "link", publicUrl.replaceAll("/+$", "") + "/installation-request.xhtml?id=" + request.id());
    return placeholders;
  }

  private void send(InstallationRequest request, RequestTransition last) {
    for (Map.Entry<String, UserAccount> recipient : recipients(request).entrySet()) {
      UserAccount user = recipient.getValue();
      Language language = user.language() == null ? Language.en : user.language();
      Locale locale = language.locale();
      Map<String, String> placeholders = placeholders(request, last.to(), locale);
      placeholders.put("details", details(request, last, locale));
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

  /**
   * The requester, the customer's administrators and, when someone else (customer service) made the
   * request, the users of the customer's partner who request installations: it is their customer.
   * Once each, by e-mail.
   */
  private Map<String, UserAccount> recipients(InstallationRequest request) {
    List<UserAccount> users = new ArrayList<>();
    Optional<UserAccount> requester =
        request.requesterId() == null
            ? Optional.empty()
            : store.findOptional(UserAccount.class, request.requesterId());
    requester.ifPresent(users::add);
    if (request.customerId() != null) {
      users.addAll(holding(request.customerId(), Right.ADMINISTER));
      Organization partner =
          store
              .findOptional(Organization.class, request.customerId())
              .map(Organization::parent)
              .orElse(null);
      boolean madeByPartner =
          requester
              .map(u -> partner != null && partner.id().equals(u.organization().id()))
              .orElse(false);
      if (partner != null && partner.kind() == OrganizationKind.PARTNER && !madeByPartner) {
        users.addAll(holding(partner.id(), Right.REQUEST_INSTALLATION));
      }
    }
    Map<String, UserAccount> byEmail = new LinkedHashMap<>();
    users.stream().filter(UserAccount::isEnabled).forEach(u -> byEmail.putIfAbsent(u.email(), u));
    return byEmail;
  }

  private List<UserAccount> holding(long organizationId, Right right) {
    return store
        .list(
            UserAccount.class,
            "e.organization.id = :organization AND e.enabled = TRUE"
                + " AND e.invitationPending = FALSE",
            Map.of("organization", organizationId),
            "e.id")
        .stream()
        .filter(user -> user.rights().contains(right))
        .toList();
  }
}

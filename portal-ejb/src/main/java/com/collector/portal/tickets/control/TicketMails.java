package com.collector.portal.tickets.control;

import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.notifications.control.MailTexts;
import com.collector.portal.notifications.control.Mailer;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.OrganizationKind;
import com.collector.portal.tickets.entity.EntryKind;
import com.collector.portal.tickets.entity.Ticket;
import com.collector.portal.tickets.entity.TicketEntry;
import com.collector.portal.tickets.entity.TicketWatcher;
import com.collector.portal.tickets.entity.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails about tickets, each in its recipient's language with a link to the ticket: watchers learn
 * of updates they may read (never an internal one unless they are vendor staff), an agent of being
 * assigned, an assigned agent of a service level close or missed. Mails are written as the system:
 * a customer's comment informs customer service, whose outbox lies outside the customer's subtree.
 */
@ApplicationScoped
public class TicketMails {

  private static final String SYSTEM = "ticket-notices";

  /** What watchers hear of; assignments and service levels have mails of their own. */
  private static final Set<EntryKind> NEWS =
      EnumSet.of(
          EntryKind.COMMENT,
          EntryKind.WORK,
          EntryKind.STATE_CHANGE,
          EntryKind.PLAN,
          EntryKind.ATTACHMENT,
          EntryKind.RECURRENCE);

  @Inject Mailer mailer;
  @Inject CurrentScope current;
  @Inject TicketWatchers watchers;

  @Inject
  @ConfigProperty(name = "portal.public.url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** Tells the watchers (but the author) what {@code entries} recorded on {@code ticket}. */
  public void updated(Ticket ticket, List<TicketEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    Long by = entries.get(0).authorId();
    String author = entries.get(0).authorName();
    List<TicketEntry> news =
        entries.stream().filter(e -> e.ticket() == ticket && NEWS.contains(e.kind())).toList();
    UserAccount assignee = assigned(ticket, entries, by);
    if (news.isEmpty() && assignee == null) {
      return;
    }
    asSystem(
        () -> {
          if (assignee != null) {
            send(assignee, "ticket.assigned", placeholders(ticket, author));
          }
          for (TicketWatcher watcher : watchers.of(ticket)) {
            UserAccount user = watcher.user();
            if (!user.isEnabled() || Objects.equals(user.id(), by)) {
              continue;
            }
            boolean staff = user.organization().kind() == OrganizationKind.VENDOR;
            List<TicketEntry> readable =
                news.stream().filter(e -> staff || e.visibility() == Visibility.PUBLIC).toList();
            if (!readable.isEmpty()) {
              Map<String, String> placeholders = placeholders(ticket, author);
              placeholders.put("updates", lines(readable, user.language().locale()));
              send(user, "ticket.updated", placeholders);
            }
          }
        });
  }

  /** Tells the ticket's agent that a service level is close or was missed; nobody else. */
  public void serviceLevel(Ticket ticket, ServiceLevels.Alert alert) {
    UserAccount agent = ticket.assignee();
    if (agent == null || !agent.isEnabled()) {
      return;
    }
    Locale locale = agent.language().locale();
    Map<String, String> placeholders = placeholders(ticket, null);
    placeholders.put("due", alert.due());
    placeholders.put(
        "target",
        MailTexts.text(
            locale,
            alert.firstResponse() ? "ticket.target.firstResponse" : "ticket.target.resolution",
            Map.of()));
    asSystem(
        () -> send(agent, alert.breached() ? "ticket.breach" : "ticket.warning", placeholders));
  }

  /** The agent an assignment among {@code entries} handed the ticket to, unless they did it. */
  private static UserAccount assigned(Ticket ticket, List<TicketEntry> entries, Long by) {
    UserAccount agent = ticket.assignee();
    boolean assignment = entries.stream().anyMatch(e -> e.kind() == EntryKind.ASSIGNMENT);
    return assignment && agent != null && agent.isEnabled() && !agent.id().equals(by)
        ? agent
        : null;
  }

  private static String lines(List<TicketEntry> entries, Locale locale) {
    return entries.stream()
        .map(
            e -> {
              String state =
                  e.toState() == null
                      ? ""
                      : MailTexts.text(locale, "ticket.state." + e.toState(), Map.of());
              String body = e.body() == null ? "" : e.body();
              return "- " + (state.isEmpty() ? body : state + (body.isEmpty() ? "" : ": " + body));
            })
        .collect(Collectors.joining("\n"));
  }

  private void send(UserAccount recipient, String texts, Map<String, String> placeholders) {
    MailTexts.Text text = MailTexts.render(recipient.language().locale(), texts, placeholders);
    mailer.send(recipient.ownerPath(), recipient.email(), text.subject(), text.body());
  }

  private Map<String, String> placeholders(Ticket ticket, String author) {
    Map<String, String> placeholders = new HashMap<>();
    placeholders.put("reference", ticket.reference());
    placeholders.put("subject", ticket.subject());
    placeholders.put("customer", ticket.customer().name());
    placeholders.put("author", author == null ? "" : author);
    placeholders.put(
        "link", publicUrl.replaceAll("/+$", "") + "/ticket.xhtml?number=" + ticket.number());
    return placeholders;
  }

  private void asSystem(Runnable work) {
    current.runAs(TenantScope.system(SYSTEM), work);
  }
}

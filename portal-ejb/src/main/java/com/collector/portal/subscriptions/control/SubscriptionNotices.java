package com.collector.portal.subscriptions.control;

import com.collector.portal.identity.entity.Language;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.notifications.control.MailTexts;
import com.collector.portal.notifications.control.Mailer;
import com.collector.portal.subscriptions.entity.Subscription;
import com.collector.portal.subscriptions.entity.SubscriptionEvent;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails a subscription's news to whoever manages it: the customer's and its partner's users holding
 * {@code MANAGE_SUBSCRIPTIONS} (an organization without one gets the mail at its contact address),
 * each in their language. One mail per change, however many transitions it applied.
 */
@ApplicationScoped
public class SubscriptionNotices {

  private static final String SYSTEM = "subscription-notices";

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject Mailer mailer;

  @Inject
  @ConfigProperty(name = "portal.public.url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** Announces the events recorded after the first {@code seen} of the history, if any. */
  public void changed(Subscription subscription, int seen) {
    List<SubscriptionEvent> history = subscription.history();
    if (history.size() <= seen) {
      return;
    }
    asSystem(() -> announce(subscription, history.subList(seen, history.size())));
  }

  private void announce(Subscription subscription, List<SubscriptionEvent> news) {
    SubscriptionEvent last = news.get(news.size() - 1);
    for (Recipient recipient : recipients(subscription.customer())) {
      Locale locale = recipient.language().locale();
      StringBuilder lines = new StringBuilder();
      for (SubscriptionEvent event : news) {
        lines.append(
            MailTexts.text(
                locale,
                "subscriptionChanged.line",
                Map.of(
                    "date", date(event.effectiveAt(), locale),
                    "event", MailTexts.text(locale, "event." + event.type(), Map.of()))));
      }
      Map<String, String> placeholders = placeholders(subscription, recipient.language());
      placeholders.put("event", MailTexts.text(locale, "event." + last.type(), Map.of()));
      placeholders.put("lines", lines.toString());
      send(recipient, subscription, "subscriptionChanged", placeholders);
    }
  }

  /** Mails the reminder {@code daysBefore} the term end and notes it on the subscription. */
  public void remind(Subscription subscription, int daysBefore, Instant now) {
    long daysLeft = (Duration.between(now, subscription.periodEnd()).toHours() + 23) / 24;
    String texts =
        switch (subscription.state()) {
          case TRIAL -> "reminder.trial";
          case CANCELLED -> "reminder.cancelled";
          default -> "reminder.term";
        };
    asSystem(() -> remind(subscription, texts, daysLeft));
    subscription.reminded(daysBefore);
  }

  private void remind(Subscription subscription, String texts, long daysLeft) {
    for (Recipient recipient : recipients(subscription.customer())) {
      Map<String, String> placeholders = placeholders(subscription, recipient.language());
      placeholders.put(
          "remaining",
          MailTexts.text(
              recipient.language().locale(),
              daysLeft == 1 ? "remaining.one" : "remaining.other",
              Map.of("days", Long.toString(daysLeft))));
      send(recipient, subscription, texts, placeholders);
    }
  }

  /**
   * Runs {@code work} as the system: a customer's own action still informs its partner, whose users
   * and outbox lie outside the customer's subtree.
   */
  private void asSystem(Runnable work) {
    current.runAs(TenantScope.system(SYSTEM), work);
  }

  private void send(
      Recipient recipient,
      Subscription subscription,
      String texts,
      Map<String, String> placeholders) {
    MailTexts.Text text = MailTexts.render(recipient.language().locale(), texts, placeholders);
    mailer.send(recipient.ownerPath(), recipient.email(), text.subject(), text.body());
  }

  private Map<String, String> placeholders(Subscription subscription, Language language) {
    Map<String, String> placeholders = new HashMap<>();
    placeholders.put("customer", subscription.customer().name());
    placeholders.put("plan", subscription.planVersion().plan().name(language));
    placeholders.put("end", date(subscription.periodEnd(), language.locale()));
    placeholders.put(
        "link", publicUrl.replaceAll("/+$", "") + "/subscription.xhtml?id=" + subscription.id());
    return placeholders;
  }

  /** Who manages the customer's subscription: in the customer and in its partner. */
  private List<Recipient> recipients(Organization customer) {
    List<Organization> organizations = new ArrayList<>(List.of(customer));
    Organization parent = customer.parent();
    if (parent != null && parent.kind() == OrganizationKind.PARTNER) {
      organizations.add(parent);
    }
    return organizations.stream().flatMap(o -> recipientsIn(o).stream()).toList();
  }

  private List<Recipient> recipientsIn(Organization organization) {
    List<Recipient> managers =
        store
            .list(
                UserAccount.class,
                "e.organization.id = :organization AND e.enabled = TRUE"
                    + " AND e.invitationPending = FALSE",
                Map.of("organization", organization.id()),
                "e.id")
            .stream()
            .filter(user -> user.rights().contains(Right.MANAGE_SUBSCRIPTIONS))
            .map(user -> new Recipient(user.email(), user.language(), user.ownerPath()))
            .toList();
    String contact = organization.contactEmail();
    if (managers.isEmpty() && contact != null && !contact.isBlank()) {
      return List.of(new Recipient(contact, Language.en, organization.ownerPath()));
    }
    return managers;
  }

  private static String date(Instant instant, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(locale)
        .withZone(ZoneOffset.UTC)
        .format(instant);
  }

  private record Recipient(String email, Language language, String ownerPath) {}
}

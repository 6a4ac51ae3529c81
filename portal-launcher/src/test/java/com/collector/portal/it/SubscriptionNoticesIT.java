package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Subscription mails read from the SMTP server (GreenMail): state changes reach the customer's and
 * the partner's subscription managers, term-end reminders go out 30, 7 and 1 day ahead once each;
 * and trial extensions, whose dates are checked.
 */
@ExtendWith(PortalServer.class)
class SubscriptionNoticesIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Subscribing subscribing = new Subscribing(server, tenants);

  @Test
  void changesAreMailedToTheManagersOfCustomerAndPartnerOnly() {
    Tenants.Account partner = tenants.partnerAdmin("notice-partner");
    long customer = tenants.organization(partner.organizationId(), "notice", partner.token());
    Tenants.Account customerAdmin = tenants.user(customer, "CUSTOMER_ADMIN", partner.token());
    Tenants.Account customerUser = tenants.user(customer, "CUSTOMER_USER", partner.token());

    long id = subscribing.order(customer, subscribing.plan(14), true, partner);
    assertThat(waitForSubjects(partner.email(), 1)).anyMatch(s -> s.endsWith(": ordered"));
    assertThat(waitForSubjects(customerAdmin.email(), 1)).anyMatch(s -> s.endsWith(": ordered"));

    Api.Reply cancelled =
        api.post("/api/v1/subscriptions/" + id + "/cancellation", null, customerAdmin.token());
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    // The customer's own action informs the partner, outside the customer's subtree.
    String mail = InvitationsIT.lastMailTo(server, partner.email(), 2);
    assertThat(mail)
        .contains("cancelled at the end of the term")
        .contains("/subscription.xhtml?id=" + id);
    assertThat(subjects(partner.email()).get(1)).endsWith(": cancelled at the end of the term");
    assertThat(subjects(customerUser.email())).as("no MANAGE_SUBSCRIPTIONS, no mail").isEmpty();
  }

  @Test
  void remindersGoOutThirtySevenAndOneDayAheadOnceEach() throws SQLException {
    Tenants.Account partner = tenants.partnerAdmin("remind-partner");
    long id = subscribing.subscribe(partner, false);
    // A monthly term: 28 to 31 days left; move it so that 20 days less an hour are left.
    long left = secondsLeft(subscribing.subscription(id, partner));
    subscribing.shift(id, (left - Duration.ofDays(20).minusHours(1).toSeconds()) + " seconds");

    subscribing.run();
    subscribing.run();
    assertThat(reminders(partner.email(), 1)).containsExactly("ends in 20 days");

    subscribing.shift(id, "14 days");
    subscribing.run();
    subscribing.run();
    assertThat(reminders(partner.email(), 2)).containsExactly("ends in 20 days", "ends in 6 days");

    subscribing.shift(id, "5 days 12 hours");
    JsonObject run = subscribing.run();
    assertThat(run.getInt("reminders")).isPositive();
    subscribing.run();
    assertThat(reminders(partner.email(), 3))
        .containsExactly("ends in 20 days", "ends in 6 days", "ends in 1 day");
    assertThat(InvitationsIT.lastMailTo(server, partner.email(), 4))
        .as("the mail says what happens next")
        .contains("does not renew automatically")
        .contains("grace period");

    Api.Reply autoRenewal =
        api.post("/api/v1/subscriptions/" + id + "/auto-renewal", null, partner.token());
    assertThat(autoRenewal.status()).as(autoRenewal.body()).isEqualTo(200);
    assertThat(subjects(partner.email())).hasSize(5).last().asString().endsWith("switched on");
  }

  @Test
  void aPartnerExtendsATrialToAFutureDayWithinTheLimit() {
    Tenants.Account partner = tenants.partnerAdmin("extend-partner");
    long customer = tenants.organization(partner.organizationId(), "extend", partner.token());
    Tenants.Account customerAdmin = tenants.user(customer, "CUSTOMER_ADMIN", partner.token());
    long id = subscribing.order(customer, subscribing.plan(14), false, partner);
    String path = "/api/v1/subscriptions/" + id + "/trial-extension";
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    assertRefused(api.post(path, until(today.minusDays(1)), partner.token()), 400, "until");
    assertRefused(api.post(path, until(today.plusDays(3)), partner.token()), 400, "until");
    assertRefused(api.post(path, until(today.plusDays(120)), partner.token()), 400, "until");
    assertRefused(api.post(path, "{\"until\":\"31/12/2026\"}", partner.token()), 400, "until");
    assertRefused(api.post(path, "{}", partner.token()), 400, "until");
    assertThat(api.post(path, until(today.plusDays(30)), customerAdmin.token()).status())
        .as("customers do not extend their own trial")
        .isEqualTo(403);
    Tenants.Account stranger = tenants.partnerAdmin("extend-stranger");
    assertThat(api.post(path, until(today.plusDays(30)), stranger.token()).status()).isEqualTo(404);
    assertThat(Subscribing.types(subscribing.subscription(id, partner)))
        .as("refusals changed nothing")
        .containsExactly("ORDERED");

    Api.Reply extended = api.post(path, until(today.plusDays(30)), partner.token());
    assertThat(extended.status()).as(extended.body()).isEqualTo(200);
    JsonObject trial = extended.json();
    Instant end = today.plusDays(31).atStartOfDay(ZoneOffset.UTC).toInstant();
    assertThat(Instant.parse(trial.getString("trialEndsAt"))).isEqualTo(end);
    assertThat(Instant.parse(trial.getString("periodEnd"))).isEqualTo(end);
    assertThat(trial.getString("state")).isEqualTo("TRIAL");
    assertThat(Subscribing.types(trial)).containsExactly("ORDERED", "TRIAL_EXTENDED");
    assertThat(subjects(customerAdmin.email())).last().asString().endsWith("trial extended");
  }

  private static String until(LocalDate day) {
    return "{\"until\":\"" + day + "\"}";
  }

  private static long secondsLeft(JsonObject subscription) {
    return Duration.between(Instant.now(), Instant.parse(subscription.getString("periodEnd")))
        .toSeconds();
  }

  private static void assertRefused(Api.Reply reply, int status, String field) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.problemFields()).isEqualTo(field);
  }

  /**
   * The "ends in …" part of the reminder subjects to {@code recipient}, once there are {@code
   * count}.
   */
  private List<String> reminders(String recipient, int count) {
    Instant deadline = Instant.now().plusSeconds(20);
    while (endings(recipient).size() < count && Instant.now().isBefore(deadline)) {
      PortalServer.sleep(100);
    }
    PortalServer.sleep(500); // a duplicate would have arrived by now
    return endings(recipient);
  }

  private List<String> endings(String recipient) {
    return subjects(recipient).stream()
        .filter(s -> s.contains(" ends in "))
        .map(s -> s.substring(s.indexOf("ends in ")))
        .toList();
  }

  private List<String> waitForSubjects(String recipient, int count) {
    InvitationsIT.lastMailTo(server, recipient, count);
    return subjects(recipient);
  }

  private List<String> subjects(String recipient) {
    return new Mailbox(server).subjectsTo(recipient);
  }
}

package com.collector.portal.identity.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.identity.control.PasswordHasher;
import com.collector.portal.identity.control.PasswordPolicy;
import com.collector.portal.identity.control.Secrets;
import com.collector.portal.identity.entity.Invitation;
import com.collector.portal.identity.entity.Invitation.Purpose;
import com.collector.portal.identity.entity.RefreshToken;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.notifications.control.Mailer;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password reset by e-mail. Asking answers the same whether the e-mail has an account or not; the
 * mailed link works once, for an hour, and ends the account's other sessions.
 */
@Stateless
public class PasswordResets {

  static final Duration VALIDITY = Duration.ofHours(1);

  /** One mail per account and minute at most, so nobody floods an inbox through the form. */
  static final Duration MAIL_INTERVAL = Duration.ofMinutes(1);

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject AuditLog audit;
  @Inject Mailer mailer;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.public.url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** Mails a reset link when {@code email} belongs to an enabled account; silent otherwise. */
  public void request(String email, String origin) {
    current.runAs(
        TenantScope.system("password-reset"),
        () -> {
          store
              .single(
                  UserAccount.class,
                  "LOWER(e.email) = :email",
                  Map.of("email", SignIn.emailKey(email)))
              .filter(UserAccount::isEnabled)
              .ifPresent(user -> mailLink(user, origin));
          return null;
        });
  }

  /** Sets a new password through a mailed link. */
  public void reset(String token, String newPassword) {
    current.runAs(
        TenantScope.system("password-reset"),
        () -> {
          Instant now = clock.instant();
          Invitation link =
              store
                  .single(
                      Invitation.class,
                      "e.tokenHash = :hash",
                      Map.of("hash", Secrets.sha256Hex(token == null ? "" : token)))
                  .filter(i -> i.purpose() == Purpose.PASSWORD_RESET && i.isOpen(now))
                  .orElseThrow(
                      () ->
                          new InvalidInputException(
                              "token", "is unknown, expired or used already"));
          UserAccount user = link.user();
          PasswordPolicy.check(newPassword, user.email(), "password");
          user.changePassword(hasher.hash(newPassword), now);
          link.accept(now);
          store
              .list(RefreshToken.class, "e.user.id = :user", Map.of("user", user.id()), "e.id")
              .forEach(t -> t.revoke(now));
          audit.record("user.password-reset", "user", user.id(), user.ownerPath(), null, null);
          return null;
        });
  }

  private void mailLink(UserAccount user, String origin) {
    Instant now = clock.instant();
    List<Invitation> links =
        store.list(
            Invitation.class,
            "e.user.id = :user AND e.purpose = :purpose",
            Map.of("user", user.id(), "purpose", Purpose.PASSWORD_RESET),
            "e.id");
    if (links.stream().anyMatch(l -> l.createdAt().plus(MAIL_INTERVAL).isAfter(now))) {
      return;
    }
    links.forEach(l -> l.revoke(now));
    String token = Secrets.newToken();
    store.add(
        new Invitation(user, Purpose.PASSWORD_RESET, Secrets.sha256Hex(token), now, VALIDITY));
    audit.recordEvent(
        user.email(),
        "user.password-reset-requested",
        user.id().toString(),
        user.ownerPath(),
        origin);
    ResourceBundle texts =
        ResourceBundle.getBundle(
            "com.collector.portal.notifications.mails", user.language().locale());
    String link = publicUrl.replaceAll("/+$", "") + "/reset-password.xhtml?token=" + token;
    mailer.send(
        user.ownerPath(),
        user.email(),
        texts.getString("reset.subject"),
        texts.getString("reset.body").replace("{link}", link));
  }
}

package com.collector.portal.identity.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.identity.control.AccountLinks;
import com.collector.portal.identity.control.PasswordHasher;
import com.collector.portal.identity.control.PasswordPolicy;
import com.collector.portal.identity.entity.Invitation;
import com.collector.portal.identity.entity.Invitation.Purpose;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Password reset by e-mail. Asking answers the same whether the e-mail has an account or not; the
 * mailed link works once, for an hour, and ends the account's other sessions.
 */
@Stateless
public class PasswordResets {

  /** One mail per account and minute at most, so nobody floods an inbox through the form. */
  static final Duration MAIL_INTERVAL = Duration.ofMinutes(1);

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject AuditLog audit;
  @Inject AccountLinks links;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

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
          Invitation link = links.open(token, Purpose.PASSWORD_RESET, now);
          UserAccount user = link.user();
          PasswordPolicy.check(newPassword, user.email(), "password");
          user.changePassword(hasher.hash(newPassword), now);
          link.accept(now);
          links.endSessions(user, now);
          audit.record("user.password-reset", "user", user.id(), user.ownerPath(), null, null);
          return null;
        });
  }

  private void mailLink(UserAccount user, String origin) {
    Instant now = clock.instant();
    if (links.passwordResetLinks(user).stream()
        .anyMatch(l -> l.createdAt().plus(MAIL_INTERVAL).isAfter(now))) {
      return;
    }
    audit.recordEvent(
        user.email(),
        "user.password-reset-requested",
        user.id().toString(),
        user.ownerPath(),
        origin);
    links.mailPasswordReset(user, "reset", now);
  }
}

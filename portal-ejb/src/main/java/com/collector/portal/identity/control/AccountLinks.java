package com.collector.portal.identity.control;

import com.collector.portal.identity.entity.Invitation;
import com.collector.portal.identity.entity.Invitation.Purpose;
import com.collector.portal.identity.entity.RefreshToken;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.notifications.control.MailTexts;
import com.collector.portal.notifications.control.Mailer;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mailed, single-use links that let someone set an account's password (invitations and resets):
 * creating them, mailing them in the user's language, finding an open one, and ending the account's
 * other sessions once the password changed.
 */
@ApplicationScoped
public class AccountLinks {

  /** How long a password-reset link works. */
  public static final Duration RESET_VALIDITY = Duration.ofHours(1);

  @Inject Store store;
  @Inject Mailer mailer;

  @Inject
  @ConfigProperty(name = "portal.public.url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** Stores a new link and returns its token, which exists only in the mail. */
  public String create(UserAccount user, Purpose purpose, Instant now, Duration validity) {
    String token = Secrets.newToken();
    store.add(new Invitation(user, purpose, Secrets.sha256Hex(token), now, validity));
    return token;
  }

  /**
   * Mails {@code page?token=…} with the texts {@code <texts>.subject} and {@code <texts>.body},
   * whose {@code {link}} and the given placeholders are filled in.
   */
  public void mail(
      UserAccount user, String texts, String page, String token, Map<String, String> placeholders) {
    Map<String, String> filled = new HashMap<>(placeholders);
    filled.put("link", publicUrl.replaceAll("/+$", "") + page + "?token=" + token);
    MailTexts.Text text = MailTexts.render(user.language().locale(), texts, filled);
    mailer.send(user.ownerPath(), user.email(), text.subject(), text.body());
  }

  /** Every password-reset link of {@code user}, oldest first. */
  public List<Invitation> passwordResetLinks(UserAccount user) {
    return store.list(
        Invitation.class,
        "e.user.id = :user AND e.purpose = :purpose",
        Map.of("user", user.id(), "purpose", Purpose.PASSWORD_RESET),
        "e.id");
  }

  /**
   * Replaces the user's earlier reset links by a new one and mails it with the texts {@code texts}
   * ({@code reset} when the user asked, {@code forcedReset} when a manager did).
   */
  public void mailPasswordReset(UserAccount user, String texts, Instant now) {
    passwordResetLinks(user).forEach(link -> link.revoke(now));
    String token = create(user, Purpose.PASSWORD_RESET, now, RESET_VALIDITY);
    mail(user, texts, "/reset-password.xhtml", token, Map.of());
  }

  /** The open link of {@code purpose} behind {@code token}, or a 400 naming the token. */
  public Invitation open(String token, Purpose purpose, Instant now) {
    return store
        .single(
            Invitation.class,
            "e.tokenHash = :hash",
            Map.of("hash", Secrets.sha256Hex(token == null ? "" : token)))
        .filter(link -> link.purpose() == purpose && link.isOpen(now))
        .orElseThrow(
            () -> new InvalidInputException("token", "is unknown, expired or used already"));
  }

  /** Revokes every refresh token of {@code user}: after a password change, other sessions end. */
  public void endSessions(UserAccount user, Instant now) {
    store
        .list(RefreshToken.class, "e.user.id = :user", Map.of("user", user.id()), "e.id")
        .forEach(token -> token.revoke(now));
  }
}

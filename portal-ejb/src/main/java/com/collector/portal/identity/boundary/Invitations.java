package com.collector.portal.identity.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.identity.control.AccountLinks;
import com.collector.portal.identity.control.Grants;
import com.collector.portal.identity.control.PasswordHasher;
import com.collector.portal.identity.control.PasswordPolicy;
import com.collector.portal.identity.control.Secrets;
import com.collector.portal.identity.entity.Invitation;
import com.collector.portal.identity.entity.Language;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.Inputs;
import com.collector.portal.subscriptions.boundary.Entitlements;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.Organization;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Invitations by e-mail: a manager invites someone into their subtree; the invitee follows the
 * single-use, expiring link and chooses name, language and password.
 */
@Stateless
public class Invitations {

  @Inject Store store;
  @Inject Entitlements entitlements;
  @Inject CurrentScope current;
  @Inject Inputs inputs;
  @Inject AuditLog audit;
  @Inject AccountLinks links;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.invitation.hours", defaultValue = "72")
  int validityHours;

  /** Creates the account (unusable until accepted) and mails the invitation. */
  public UserView invite(NewInvitation input) {
    TenantScope scope = store.scope();
    scope.require(Right.MANAGE_USERS);
    inputs.valid(input, "invitation");
    Organization organization = store.find(Organization.class, input.organizationId());
    Grants.requireGrantable(scope, input.roles());
    entitlements.requireUserSeat(organization);
    String name =
        input.displayName() == null || input.displayName().isBlank()
            ? input.email()
            : input.displayName();
    // Nobody knows this password: the account cannot sign in before the invitation is accepted.
    UserAccount user =
        UserAccount.invite(
            organization,
            input.email(),
            name,
            input.language(),
            input.roles(),
            hasher.hash(Secrets.newToken()),
            clock.instant());
    store.add(user);
    store.flush("email");
    audit.record("user.invited", "user", user.id(), user.ownerPath(), null, user.auditState());
    sendInvitation(user);
    return UserView.of(user);
  }

  /**
   * Sends a new invitation to a user whose invitation is still pending; earlier ones stop working.
   * Accounts that were accepted, or never invited, are refused (409): they use a password reset.
   */
  public void resend(long userId) {
    TenantScope scope = store.scope();
    scope.require(Right.MANAGE_USERS);
    UserAccount user = store.find(UserAccount.class, userId);
    Grants.requireGrantable(scope, user.roles());
    if (!user.invitationPending()) {
      throw new ConflictException(
          "error.noPendingInvitation", null, "The user has no pending invitation");
    }
    audit.record("user.invitation-resent", "user", userId, user.ownerPath(), null, null);
    sendInvitation(user);
  }

  /** The invitee accepts: sets their password (and optionally name and language). */
  public void accept(String token, String displayName, Language language, String password) {
    current.runAs(
        TenantScope.system("invitation"),
        () -> {
          Instant now = clock.instant();
          Invitation invitation = links.open(token, Invitation.Purpose.INVITATION, now);
          UserAccount user = invitation.user();
          PasswordPolicy.check(password, user.email(), "password");
          user.acceptInvitation(displayName, language, hasher.hash(password), now);
          invitation.accept(now);
          audit.record(
              "user.invitation-accepted",
              "user",
              user.id(),
              user.ownerPath(),
              null,
              user.auditState());
          return null;
        });
  }

  private void sendInvitation(UserAccount user) {
    Instant now = clock.instant();
    store
        .list(Invitation.class, "e.user.id = :user", Map.of("user", user.id()), "e.id")
        .forEach(i -> i.revoke(now));
    String token =
        links.create(user, Invitation.Purpose.INVITATION, now, Duration.ofHours(validityHours));
    links.mail(
        user,
        "invitation",
        "/accept-invitation.xhtml",
        token,
        Map.of(
            "organization", user.organization().name(), "hours", Integer.toString(validityHours)));
  }
}

package com.collector.portal.identity.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.identity.control.AccountLinks;
import com.collector.portal.identity.control.PasswordHasher;
import com.collector.portal.identity.control.PasswordPolicy;
import com.collector.portal.identity.entity.Language;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.Organization;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.TreeSet;

/** What signed-in users do to their own account. */
@Stateless
public class Account {

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject SignIn signIn;
  @Inject AuditLog audit;
  @Inject AccountLinks links;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  /** The caller, their organization and their rights. */
  public AccountView me() {
    TenantScope scope = store.scope();
    // A Collector's scope is one customer, which need not hold the user's own row.
    UserAccount user =
        current.runAs(
            TenantScope.system("me"), () -> store.find(UserAccount.class, scope.userId()));
    Organization organization = user.organization();
    return new AccountView(
        UserView.of(user),
        organization.name(),
        organization.kind(),
        organization.path(),
        new TreeSet<>(scope.rights()),
        scope.path(),
        scope.restriction() == null ? null : scope.restriction().code(),
        scope.restriction() == null ? null : scope.restriction().until());
  }

  /** Changes the caller's password after checking the current one; other sessions' tokens end. */
  public void changePassword(String currentPassword, String newPassword) {
    TenantScope scope = store.scope();
    scope.requirePerson();
    UserAccount user = store.find(UserAccount.class, scope.userId());
    if (currentPassword == null || !hasher.verify(currentPassword, user.passwordHash())) {
      throw new InvalidInputException("currentPassword", "is not the current password");
    }
    replacePassword(user, newPassword);
  }

  /**
   * The first-sign-in path for API clients: the e-mail and current password (and the authenticator
   * code of an account that has one) prove the caller, with the sign-in throttle; then the new
   * password replaces an initial one.
   */
  public void changePasswordWithCredentials(
      String email, String currentPassword, String code, String newPassword, String origin) {
    SignedInUser signedIn = signIn.withPasswordAndCode(email, currentPassword, code, origin);
    current.runAs(
        TenantScope.system("password-change"),
        () -> replacePassword(store.find(UserAccount.class, signedIn.id()), newPassword));
  }

  /**
   * The language stored with the caller's account; null for a caller that is no user (a Collector's
   * installation). Reads only: it words answers, e.g. refusals of the API.
   */
  public Language language() {
    Long userId = store.scope().userId();
    if (userId == null) {
      return null;
    }
    return current
        .runAs(TenantScope.system("me"), () -> store.find(UserAccount.class, userId))
        .language();
  }

  public void switchLanguage(Language language) {
    if (language == null) {
      throw new InvalidInputException("language", "must be one of en, fr, nl");
    }
    store.find(UserAccount.class, store.scope().userId()).switchLanguage(language, clock.instant());
  }

  private void replacePassword(UserAccount user, String newPassword) {
    PasswordPolicy.check(newPassword, user.email(), "newPassword");
    if (hasher.verify(newPassword, user.passwordHash())) {
      throw new InvalidInputException("newPassword", "must differ from the current password");
    }
    Instant now = clock.instant();
    user.changePassword(hasher.hash(newPassword), now);
    links.endSessions(user, now);
    audit.record("user.password-changed", "user", user.id(), user.ownerPath(), null, null);
  }
}

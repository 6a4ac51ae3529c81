package com.collector.portal.identity.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.identity.control.AccountLinks;
import com.collector.portal.identity.control.Grants;
import com.collector.portal.identity.control.PasswordHasher;
import com.collector.portal.identity.control.PasswordPolicy;
import com.collector.portal.identity.control.Secrets;
import com.collector.portal.identity.entity.ApiToken;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.identity.entity.Role;
import com.collector.portal.identity.entity.SignInThrottle;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.identity.entity.UserStatus;
import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.platform.boundary.Inputs;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.subscriptions.boundary.Entitlements;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.Organization;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accounts of the caller's subtree, managed by holders of {@code MANAGE_USERS}. A manager never
 * grants a right they do not hold and never changes their own roles or status.
 */
@Stateless
public class Users {

  private static final Set<String> SORTABLE = Set.of("email", "displayName", "createdAt");

  @Inject Store store;
  @Inject Entitlements entitlements;
  @Inject AuditLog audit;
  @Inject Inputs inputs;
  @Inject PasswordHasher hasher;
  @Inject CurrentScope current;
  @Inject AccountLinks links;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.signin.free-attempts", defaultValue = "5")
  int freeAttempts;

  /** A page of the subtree's users matching {@code filter}. */
  public Page<UserView> page(UserFilter filter, PageRequest request) {
    store.scope().require(Right.VIEW);
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (filter.organizationId() != null) {
      conditions.add("e.organization.id = :organization");
      parameters.put("organization", filter.organizationId());
    }
    if (filter.role() != null) {
      conditions.add(":role MEMBER OF e.roles");
      parameters.put("role", filter.role());
    }
    if (filter.status() != null) {
      conditions.add(
          switch (filter.status()) {
            case INVITED -> "e.enabled = TRUE AND e.invitationPending = TRUE";
            case ENABLED -> "e.enabled = TRUE AND e.invitationPending = FALSE";
            case DISABLED -> "e.enabled = FALSE";
          });
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      conditions.add("(LOWER(e.email) LIKE :text OR LOWER(e.displayName) LIKE :text)");
      parameters.put("text", "%" + filter.text().strip().toLowerCase() + "%");
    }
    String where = conditions.isEmpty() ? null : String.join(" AND ", conditions);
    return store
        .page(
            UserAccount.class,
            where,
            parameters,
            request.orderBy(SORTABLE, Set.of("email", "displayName"), "email"),
            request)
        .map(UserView::of);
  }

  /**
   * Accounts of the subtree whose sign-in is blocked now after repeated failures. Blocks are kept
   * per e-mail (unknown ones too); only those of the caller's users are shown.
   */
  public List<LockedAccountView> lockedAccounts() {
    store.scope().require(Right.MANAGE_USERS);
    Instant now = clock.instant();
    List<SignInThrottle> blocked =
        current.runAs(
            TenantScope.system("locked-accounts"),
            () ->
                store
                    .list(
                        SignInThrottle.class,
                        "e.failures >= :least",
                        Map.of("least", freeAttempts),
                        "e.emailKey")
                    .stream()
                    .filter(t -> t.blockedFor(now).isPresent())
                    .toList());
    List<LockedAccountView> locked = new ArrayList<>();
    for (SignInThrottle throttle : blocked) {
      store
          .single(
              UserAccount.class, "LOWER(e.email) = :email", Map.of("email", throttle.emailKey()))
          .ifPresent(user -> locked.add(LockedAccountView.of(user, throttle, now)));
    }
    return locked;
  }

  /** Lifts the sign-in block of a user of the subtree at once. */
  public void unlock(long id) {
    store.scope().require(Right.MANAGE_USERS);
    UserAccount user = store.find(UserAccount.class, id);
    String key = SignIn.emailKey(user.email());
    current.runAs(
        TenantScope.system("unlock"),
        () -> store.findOptional(SignInThrottle.class, key).ifPresent(store::remove));
    audit.record("user.unlocked", "user", id, user.ownerPath(), null, null);
  }

  /** Roles the caller may grant: those whose every right the caller holds. */
  public List<Role> grantableRoles() {
    TenantScope scope = store.scope();
    return java.util.Arrays.stream(Role.values())
        .filter(role -> scope.rights().containsAll(role.rights()))
        .toList();
  }

  public UserView find(long id) {
    store.scope().require(Right.VIEW);
    return UserView.of(store.find(UserAccount.class, id));
  }

  public UserView create(NewUser input) {
    TenantScope scope = store.scope();
    scope.require(Right.MANAGE_USERS);
    inputs.valid(input, "user");
    Organization organization = store.find(Organization.class, input.organizationId());
    Grants.requireGrantable(scope, input.roles());
    entitlements.requireUserSeat(organization);
    PasswordPolicy.check(input.initialPassword(), input.email(), "initialPassword");
    UserAccount user =
        UserAccount.create(
            organization,
            input.email(),
            input.displayName(),
            input.language(),
            input.roles(),
            hasher.hash(input.initialPassword()),
            clock.instant());
    store.add(user);
    store.flush("email");
    audit.record("user.created", "user", user.id(), user.ownerPath(), null, user.auditState());
    return UserView.of(user);
  }

  /** Replaces the roles of another user of the subtree. */
  public UserView assignRoles(long id, Set<Role> roles) {
    TenantScope scope = store.scope();
    scope.require(Right.MANAGE_USERS);
    UserAccount user = otherUser(scope, id);
    if (roles == null || roles.contains(null)) {
      throw new InvalidInputException("roles", "must list known roles");
    }
    Grants.requireGrantable(scope, roles);
    Grants.requireGrantable(scope, user.roles());
    Map<String, Object> before = user.auditState();
    boolean wasAdmin = isActiveAdmin(user);
    user.assignRoles(roles, clock.instant());
    requireAnAdminRemains(user, wasAdmin);
    audit.record("user.roles-changed", "user", id, user.ownerPath(), before, user.auditState());
    return UserView.of(user);
  }

  public UserView disable(long id) {
    TenantScope scope = store.scope();
    scope.require(Right.MANAGE_USERS);
    UserAccount user = otherUser(scope, id);
    Grants.requireGrantable(scope, user.roles());
    Map<String, Object> before = user.auditState();
    boolean wasAdmin = isActiveAdmin(user);
    user.disable(clock.instant());
    requireAnAdminRemains(user, wasAdmin);
    audit.record("user.disabled", "user", id, user.ownerPath(), before, user.auditState());
    return UserView.of(user);
  }

  public UserView enable(long id) {
    TenantScope scope = store.scope();
    scope.require(Right.MANAGE_USERS);
    UserAccount user = otherUser(scope, id);
    Grants.requireGrantable(scope, user.roles());
    Map<String, Object> before = user.auditState();
    user.enable(clock.instant());
    audit.record("user.enabled", "user", id, user.ownerPath(), before, user.auditState());
    return UserView.of(user);
  }

  /**
   * Forces another enabled user of the subtree to choose a new password: their current password
   * stops working at once, every session of theirs ends (page sessions and access tokens begun
   * before now are refused, refresh tokens and API tokens are revoked, since whoever knew the
   * password could have made them), and a one-hour reset link is mailed to them. Managers reset
   * their own password themselves; pending invitees get their invitation again instead.
   */
  public void forcePasswordReset(long id) {
    TenantScope scope = store.scope();
    scope.require(Right.MANAGE_USERS);
    UserAccount user = store.find(UserAccount.class, id);
    if (user.id().equals(scope.userId())) {
      throw new ForbiddenException("Reset your own password through the sign-in page");
    }
    Grants.requireGrantable(scope, user.roles());
    if (user.status() != UserStatus.ENABLED) {
      throw new ConflictException(
          "error.resetNeedsActiveUser",
          null,
          "Only an active account can be reset: enable it, or resend a pending invitation");
    }
    Instant now = clock.instant();
    user.forcePasswordReset(hasher.hash(Secrets.newToken()), now);
    links.endSessions(user, now);
    List<ApiToken> apiTokens =
        store.list(ApiToken.class, "e.user.id = :user", Map.of("user", id), "e.id").stream()
            .filter(token -> token.isUsable(now))
            .toList();
    apiTokens.forEach(token -> token.revoke(now));
    links.mailPasswordReset(user, "forcedReset", now);
    audit.record(
        "user.password-reset-forced",
        "user",
        id,
        user.ownerPath(),
        null,
        Map.of("apiTokensRevoked", apiTokens.size()));
  }

  private UserAccount otherUser(TenantScope scope, long id) {
    UserAccount user = store.find(UserAccount.class, id);
    if (user.id().equals(scope.userId())) {
      throw new ForbiddenException("Nobody changes their own roles or status");
    }
    return user;
  }

  private static boolean isActiveAdmin(UserAccount user) {
    return user.isEnabled() && user.roles().contains(Role.adminOf(user.organization().kind()));
  }

  /** An organization keeps at least one enabled administrator. */
  private void requireAnAdminRemains(UserAccount changed, boolean wasAdmin) {
    if (!wasAdmin || isActiveAdmin(changed)) {
      return;
    }
    boolean anotherAdmin =
        store
            .list(
                UserAccount.class,
                "e.organization.id = :organization",
                Map.of("organization", changed.organization().id()),
                "e.id")
            .stream()
            .anyMatch(u -> !u.id().equals(changed.id()) && isActiveAdmin(u));
    if (!anotherAdmin) {
      throw new ConflictException(
          "error.lastAdmin",
          "roles",
          "The organization would be left without an enabled administrator");
    }
  }
}

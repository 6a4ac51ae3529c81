package com.collector.portal.identity.entity;

import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** One person's account, used for the portal and the Collector alike. */
@Entity
@Table(name = "user_account")
public class UserAccount implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Column(name = "owner_path")
  private String ownerPath;

  private String email;

  @Column(name = "display_name")
  private String displayName;

  @Enumerated(EnumType.STRING)
  private Language language;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "must_change_password")
  private boolean mustChangePassword;

  private boolean enabled;

  @Column(name = "invitation_pending")
  private boolean invitationPending;

  /** Sessions begun before this instant are over (a forced password reset); null: none ended. */
  @Column(name = "sessions_ended_at")
  private Instant sessionsEndedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  /**
   * Read-only side, for views: the factor is added and removed as its own row (one small indexed
   * read per listed user).
   */
  @OneToMany(mappedBy = "user", fetch = FetchType.LAZY)
  private List<SecondFactor> secondFactors = new ArrayList<>();

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected UserAccount() {}

  /**
   * A new, enabled account whose password was chosen by someone else and so must be changed at
   * first sign-in.
   */
  public static UserAccount create(
      Organization organization,
      String email,
      String displayName,
      Language language,
      Set<Role> roles,
      String initialPasswordHash,
      Instant now) {
    UserAccount user = new UserAccount();
    user.organization = organization;
    user.ownerPath = organization.path();
    user.email = email.strip();
    user.displayName = displayName.strip();
    user.language = language;
    user.passwordHash = initialPasswordHash;
    user.mustChangePassword = true;
    user.enabled = true;
    user.createdAt = now;
    user.assignRoles(roles, now);
    return user;
  }

  /**
   * A new account for an invitee, who sets their own password through the mailed link; until then
   * nobody knows {@code unusableHash}'s password and the account shows as invited.
   */
  public static UserAccount invite(
      Organization organization,
      String email,
      String displayName,
      Language language,
      Set<Role> roles,
      String unusableHash,
      Instant now) {
    UserAccount user = create(organization, email, displayName, language, roles, unusableHash, now);
    user.invitationPending = true;
    return user;
  }

  /** Replaces the roles; each must belong to the kind of the user's organization. */
  public void assignRoles(Set<Role> newRoles, Instant now) {
    if (newRoles.isEmpty()) {
      throw new InvalidInputException("roles", "at least one role is required");
    }
    for (Role role : newRoles) {
      if (role.kind() != organization.kind()) {
        throw new InvalidInputException(
            "roles",
            role
                + " is not a role of a "
                + organization.kind().name().toLowerCase()
                + " organization");
      }
    }
    roles.clear();
    roles.addAll(newRoles);
    updatedAt = now;
  }

  /** The user chose a new password themselves. */
  public void changePassword(String newHash, Instant now) {
    passwordHash = newHash;
    mustChangePassword = false;
    updatedAt = now;
  }

  /** The invitee sets their own name, language and password: the account becomes usable. */
  public void acceptInvitation(
      String newDisplayName, Language newLanguage, String newHash, Instant now) {
    if (newDisplayName != null && !newDisplayName.isBlank()) {
      displayName = newDisplayName.strip();
    }
    if (newLanguage != null) {
      language = newLanguage;
    }
    changePassword(newHash, now);
    invitationPending = false;
  }

  /**
   * A manager forces a new password: the current one stops working at once ({@code unusableHash}
   * belongs to a password nobody knows), the user must choose another through a mailed link, and
   * every session begun until now is over.
   */
  public void forcePasswordReset(String unusableHash, Instant now) {
    passwordHash = unusableHash;
    mustChangePassword = true;
    sessionsEndedAt = now;
    updatedAt = now;
  }

  /**
   * Whether a session (a page sign-in or an access token) that began at {@code startedAt} may go
   * on. Access tokens state their start in whole seconds, so the comparison is by the second: a
   * token issued in the very second of a forced reset but before it lives on until it expires.
   */
  public boolean acceptsSessionFrom(Instant startedAt) {
    return sessionsEndedAt == null
        || !startedAt.isBefore(sessionsEndedAt.truncatedTo(ChronoUnit.SECONDS));
  }

  /** Invited (the invitation is not accepted yet), enabled or disabled; disabled comes first. */
  public UserStatus status() {
    if (!enabled) {
      return UserStatus.DISABLED;
    }
    return invitationPending ? UserStatus.INVITED : UserStatus.ENABLED;
  }

  /** Whether signing in asks for an authenticator code. */
  public boolean usesTwoStep() {
    return secondFactors.stream().anyMatch(SecondFactor::isConfirmed);
  }

  public boolean invitationPending() {
    return invitationPending;
  }

  /** A disabled account can no longer sign in, and its tokens stop working at once. */
  public void disable(Instant now) {
    enabled = false;
    updatedAt = now;
  }

  public void enable(Instant now) {
    enabled = true;
    updatedAt = now;
  }

  public void switchLanguage(Language newLanguage, Instant now) {
    language = newLanguage;
    updatedAt = now;
  }

  public Set<Right> rights() {
    return Role.rightsOf(roles);
  }

  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("email", email);
    state.put("displayName", displayName);
    state.put("organization", ownerPath);
    state.put("roles", new TreeSet<>(roles.stream().map(Role::name).toList()));
    state.put("enabled", enabled);
    return state;
  }

  public Long id() {
    return id;
  }

  public Organization organization() {
    return organization;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public Language language() {
    return language;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public Instant createdAt() {
    return createdAt;
  }
}

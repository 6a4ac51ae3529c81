package com.collector.portal.web.identity.faces;

import com.collector.portal.identity.boundary.Invitations;
import com.collector.portal.identity.boundary.LockedAccountView;
import com.collector.portal.identity.boundary.NewInvitation;
import com.collector.portal.identity.boundary.NewUser;
import com.collector.portal.identity.boundary.TwoStepVerification;
import com.collector.portal.identity.boundary.UserFilter;
import com.collector.portal.identity.boundary.UserView;
import com.collector.portal.identity.boundary.Users;
import com.collector.portal.identity.entity.Language;
import com.collector.portal.identity.entity.Role;
import com.collector.portal.identity.entity.UserStatus;
import com.collector.portal.subscriptions.boundary.Entitlements;
import com.collector.portal.subscriptions.boundary.UserSeatsView;
import com.collector.portal.tenancy.boundary.OrganizationView;
import com.collector.portal.tenancy.boundary.Organizations;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.web.layout.BoundaryLazyModel;
import com.collector.portal.web.layout.Dates;
import com.collector.portal.web.layout.Messages;
import com.collector.portal.web.layout.OrganizationChoices;
import com.collector.portal.web.layout.OrganizationSearch;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.PrimeFaces;

/**
 * The users page: a lazy table with filters, a dialog to add a user, roles, disable and enable,
 * resending a pending invitation and forcing a password reset. Adding is disabled, with the reason,
 * for a customer whose subscription has no free user seat or is in grace.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Users users;
  @Inject Invitations invitations;
  @Inject TwoStepVerification twoStep;
  @Inject Organizations organizations;
  @Inject Entitlements entitlements;

  private String search;
  private List<LockedAccountView> locked;
  private OrganizationView organizationFilter;

  /** The add dialog either invites by e-mail or sets an initial password. */
  private boolean inviting;

  private Role roleFilter;
  private UserStatus statusFilter;
  private BoundaryLazyModel<UserView> model;
  private OrganizationSearch organizationSearch;

  /** The reader's only organization, or null when there is a choice. */
  private OrganizationView onlyOrganization;

  /** The first organization by name, which the add dialog proposes when nothing else decides. */
  private OrganizationView firstOrganization;

  private List<Role> roleChoices;

  private OrganizationView organization;
  private String email;
  private String displayName;
  private Language language = Language.en;
  // Mutable: Faces fills a new instance of this collection type on submit.
  private List<Role> roles = new ArrayList<>();
  private String initialPassword;

  private Long editedUserId;
  private String editedUserEmail;
  private List<Role> editedRoles = new ArrayList<>();

  /** Seats of the organization the toolbar adds to, and of the one chosen in the add dialog. */
  private UserSeatsView seats;

  private UserSeatsView dialogSeats;

  @PostConstruct
  void init() {
    model =
        new BoundaryLazyModel<>(
            request ->
                users.page(
                    new UserFilter(
                        OrganizationSearch.id(organizationFilter),
                        roleFilter,
                        statusFilter,
                        search),
                    request),
            UserView::id);
    organizationSearch = new OrganizationSearch(organizations);
    // Two tell whether there is a choice; the fields search the rest.
    Page<OrganizationView> first = organizationSearch.peek(null, 2);
    firstOrganization = first.items().isEmpty() ? null : first.items().get(0);
    onlyOrganization = first.total() == 1 ? firstOrganization : null;
    roleChoices = users.grantableRoles();
    refreshSeats();
  }

  /**
   * The organization the toolbar's buttons add to: the one the list is filtered by, or the only one
   * the user may choose; null when the dialog decides.
   */
  private OrganizationView addingTo() {
    return organizationFilter != null ? organizationFilter : onlyOrganization;
  }

  /** Organizations whose name contains {@code query}, for the filter and the add dialog. */
  public List<OrganizationView> completeOrganization(String query) {
    return organizationSearch.suggest(query, null, null);
  }

  /** Asks again whether the toolbar's organization has a free user seat (after a filter change). */
  public void refreshSeats() {
    OrganizationView adding = addingTo();
    seats = adding == null ? null : entitlements.userSeats(adding.id());
  }

  /** Asks whether the organization chosen in the add dialog has a free user seat. */
  public void refreshDialogSeats() {
    dialogSeats = organization == null ? null : entitlements.userSeats(organization.id());
  }

  /** Why users cannot be added from the toolbar now; null when they can. */
  public String getAddingRefused() {
    return refusal(seats);
  }

  /** Why the user chosen in the dialog cannot be added now; null when they can. */
  public String getDialogRefused() {
    return refusal(dialogSeats);
  }

  private static String refusal(UserSeatsView seats) {
    if (seats == null || seats.available()) {
      return null;
    }
    return MessageFormat.format(
        Messages.text("users.noSeat." + seats.refusal()),
        seats.organizationName(),
        seats.allowed(),
        seats.inUse(),
        Dates.day(seats.graceEndsAt()));
  }

  public void startCreate() {
    inviting = false;
    clearDialog();
  }

  public void startInvite() {
    inviting = true;
    clearDialog();
  }

  private void clearDialog() {
    email = null;
    displayName = null;
    initialPassword = null;
    roles = new ArrayList<>();
    if (addingTo() != null) {
      organization = addingTo();
    } else if (organization == null) {
      organization = firstOrganization;
    }
    refreshDialogSeats();
  }

  public void create() {
    Set<Role> chosen = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    if (inviting) {
      invitations.invite(
          new NewInvitation(
              OrganizationSearch.id(organization), email, displayName, language, chosen));
      Messages.info("users.invited");
    } else {
      users.create(
          new NewUser(
              OrganizationSearch.id(organization),
              email,
              displayName,
              language,
              chosen,
              initialPassword));
      Messages.info("users.created");
    }
    refreshSeats();
    PrimeFaces.current().executeScript("PF('userDialog').hide()");
  }

  /** Opens the roles dialog for {@code user}. */
  public void startEditRoles(UserView user) {
    editedUserId = user.id();
    editedUserEmail = user.email();
    editedRoles = new ArrayList<>(user.roles());
  }

  public void saveRoles() {
    users.assignRoles(editedUserId, editedRoles.isEmpty() ? Set.of() : EnumSet.copyOf(editedRoles));
    Messages.info("users.rolesChanged");
    PrimeFaces.current().executeScript("PF('rolesDialog').hide()");
  }

  public String getEditedUserEmail() {
    return editedUserEmail;
  }

  public List<Role> getEditedRoles() {
    return editedRoles;
  }

  public void setEditedRoles(List<Role> editedRoles) {
    this.editedRoles = editedRoles == null ? new ArrayList<>() : new ArrayList<>(editedRoles);
  }

  public void disable(UserView user) {
    users.disable(user.id());
    Messages.info("users.disabled");
  }

  public void enable(UserView user) {
    users.enable(user.id());
    Messages.info("users.enabled");
  }

  public void resendInvitation(UserView user) {
    invitations.resend(user.id());
    Messages.info("users.invitationResent");
  }

  /** Accounts of the subtree whose sign-in is blocked now; read once per view, after unlocks. */
  public List<LockedAccountView> getLocked() {
    if (locked == null) {
      locked = users.lockedAccounts();
    }
    return locked;
  }

  public void unlock(LockedAccountView account) {
    users.unlock(account.userId());
    locked = null;
    Messages.info("users.unlocked");
  }

  public void resetTwoStep(UserView user) {
    twoStep.resetFor(user.id());
    Messages.info("users.twoStepReset");
  }

  public void forcePasswordReset(UserView user) {
    users.forcePasswordReset(user.id());
    Messages.info("users.passwordResetForced");
  }

  public BoundaryLazyModel<UserView> getModel() {
    return model;
  }

  /** The organization fields' converter. */
  public OrganizationChoices getOrganizationChoices() {
    return organizationSearch.getChoices();
  }

  public List<Role> getRoleChoices() {
    return roleChoices;
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public boolean isInviting() {
    return inviting;
  }

  public OrganizationView getOrganizationFilter() {
    return organizationFilter;
  }

  public void setOrganizationFilter(OrganizationView organizationFilter) {
    this.organizationFilter = organizationFilter;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public Role getRoleFilter() {
    return roleFilter;
  }

  public void setRoleFilter(Role roleFilter) {
    this.roleFilter = roleFilter;
  }

  public UserStatus getStatusFilter() {
    return statusFilter;
  }

  public UserStatus[] getStatuses() {
    return UserStatus.values();
  }

  public void setStatusFilter(UserStatus statusFilter) {
    this.statusFilter = statusFilter;
  }

  public OrganizationView getOrganization() {
    return organization;
  }

  public void setOrganization(OrganizationView organization) {
    this.organization = organization;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public List<Role> getRoles() {
    return roles;
  }

  public void setRoles(List<Role> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public String getInitialPassword() {
    return initialPassword;
  }

  public void setInitialPassword(String initialPassword) {
    this.initialPassword = initialPassword;
  }
}

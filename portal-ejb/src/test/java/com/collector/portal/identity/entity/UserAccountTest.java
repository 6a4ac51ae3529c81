package com.collector.portal.identity.entity;

import static com.collector.portal.platform.boundary.Refusals.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.tenancy.entity.Organization;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  private static final Instant CREATED = Instant.parse("2025-03-01T10:00:00Z");
  private static final Instant LATER = CREATED.plusSeconds(3600);

  private final Organization vendor = Organization.vendor(1, "Vendor", CREATED);
  private final Organization partner = vendor.addChild(2, "Partner", null, CREATED);
  private final Organization customer = partner.addChild(3, "Customer", null, CREATED);

  private final UserAccount cut = customerUser(Set.of(Role.CUSTOMER_USER));

  @Test
  void aNewAccountIsEnabledAndMustChangeItsPassword() {
    assertThat(cut.isEnabled()).isTrue();
    assertThat(cut.mustChangePassword()).isTrue();
    assertThat(cut.passwordHash()).isEqualTo("initial-hash");
    assertThat(cut.createdAt()).isEqualTo(CREATED);
  }

  @Test
  void aNewAccountBelongsToItsOrganizationsSubtree() {
    assertThat(cut.organization()).isSameAs(customer);
    assertThat(cut.ownerPath()).isEqualTo("/1/2/3/");
  }

  @Test
  void aNewAccountKeepsItsDetailsStripped() {
    UserAccount user =
        UserAccount.create(
            customer,
            "  ada@example.com ",
            " Ada Lovelace ",
            Language.fr,
            Set.of(Role.CUSTOMER_ADMIN),
            "hash",
            CREATED);

    assertThat(user.email()).isEqualTo("ada@example.com");
    assertThat(user.displayName()).isEqualTo("Ada Lovelace");
    assertThat(user.language()).isEqualTo(Language.fr);
    assertThat(user.roles()).containsExactly(Role.CUSTOMER_ADMIN);
  }

  @Test
  void aNewAccountNeedsARoleOfItsOrganizationsKind() {
    assertInvalidInput(() -> customerUser(Set.of()), "roles");
    assertInvalidInput(() -> customerUser(Set.of(Role.PARTNER_USER)), "roles");
  }

  @Test
  void rightsAreTheUnionOfTheRoles() {
    cut.assignRoles(Set.of(Role.CUSTOMER_USER, Role.CUSTOMER_ADMIN), LATER);

    assertThat(cut.rights()).isEqualTo(Role.CUSTOMER_ADMIN.rights());
    assertThat(cut.roles()).containsExactlyInAnyOrder(Role.CUSTOMER_USER, Role.CUSTOMER_ADMIN);
  }

  @Test
  void assigningRolesReplacesThePreviousOnes() {
    cut.assignRoles(Set.of(Role.CUSTOMER_ADMIN), LATER);

    assertThat(cut.roles()).containsExactly(Role.CUSTOMER_ADMIN);
  }

  @Test
  void anEmptySetOfRolesIsRefusedAndTheRolesStay() {
    assertInvalidInput(() -> cut.assignRoles(Set.of(), LATER), "roles");

    assertThat(cut.roles()).containsExactly(Role.CUSTOMER_USER);
  }

  @Test
  void aRoleOfAnotherOrganizationKindIsRefusedAndTheRolesStay() {
    assertInvalidInput(() -> cut.assignRoles(Set.of(Role.VENDOR_ADMIN), LATER), "roles");
    assertInvalidInput(
        () -> cut.assignRoles(Set.of(Role.CUSTOMER_ADMIN, Role.PARTNER_ADMIN), LATER), "roles");

    assertThat(cut.roles()).containsExactly(Role.CUSTOMER_USER);
  }

  @Test
  void eachOrganizationKindAcceptsItsOwnRoles() {
    UserAccount vendorUser =
        UserAccount.create(
            vendor, "v@example.com", "V", Language.en, Set.of(Role.RELEASE_MANAGER), "h", CREATED);
    UserAccount partnerUser =
        UserAccount.create(
            partner, "p@example.com", "P", Language.nl, Set.of(Role.PARTNER_USER), "h", CREATED);

    assertThat(vendorUser.roles()).containsExactly(Role.RELEASE_MANAGER);
    assertThat(partnerUser.roles()).containsExactly(Role.PARTNER_USER);
    assertInvalidInput(() -> partnerUser.assignRoles(Set.of(Role.CUSTOMER_ADMIN), LATER), "roles");
  }

  @Test
  void theRolesShownCannotChangeTheAccount() {
    Set<Role> shown = cut.roles();

    try {
      shown.add(Role.CUSTOMER_ADMIN);
    } catch (UnsupportedOperationException expected) {
      // an unmodifiable view is fine too
    }

    assertThat(cut.roles()).containsExactly(Role.CUSTOMER_USER);
  }

  @Test
  void changingThePasswordReplacesTheHashAndClearsTheObligation() {
    cut.changePassword("new-hash", LATER);

    assertThat(cut.passwordHash()).isEqualTo("new-hash");
    assertThat(cut.mustChangePassword()).isFalse();
  }

  @Test
  void anAccountCanBeDisabledAndEnabledAgain() {
    cut.disable(LATER);
    assertThat(cut.isEnabled()).isFalse();

    cut.enable(LATER.plusSeconds(1));
    assertThat(cut.isEnabled()).isTrue();
  }

  @Test
  void theAuditStateShowsWhatAnAdministratorChanges() {
    cut.disable(LATER);

    assertThat(cut.auditState())
        .containsEntry("email", "ada@example.com")
        .containsEntry("organization", "/1/2/3/")
        .containsEntry("roles", Set.of("CUSTOMER_USER"))
        .containsEntry("enabled", false)
        .doesNotContainKey("passwordHash");
  }

  @Test
  void anInviteeIsInvitedUntilAcceptingThenEnabled() {
    UserAccount invitee =
        UserAccount.invite(
            customer, "i@example.com", "I", Language.en, Set.of(Role.CUSTOMER_USER), "x", CREATED);
    assertThat(invitee.status()).isEqualTo(UserStatus.INVITED);
    assertThat(cut.status()).as("created with an initial password").isEqualTo(UserStatus.ENABLED);

    invitee.acceptInvitation("Ines", Language.fr, "chosen-hash", LATER);

    assertThat(invitee.status()).isEqualTo(UserStatus.ENABLED);
    assertThat(invitee.invitationPending()).isFalse();
  }

  @Test
  void aDisabledAccountShowsAsDisabledEvenWhileInvited() {
    UserAccount invitee =
        UserAccount.invite(
            customer, "i@example.com", "I", Language.en, Set.of(Role.CUSTOMER_USER), "x", CREATED);

    invitee.disable(LATER);

    assertThat(invitee.status()).isEqualTo(UserStatus.DISABLED);
  }

  @Test
  void aForcedResetReplacesThePasswordAndEndsEarlierSessionsOnly() {
    Instant resetAt = Instant.parse("2025-03-01T12:00:00.600Z");
    assertThat(cut.acceptsSessionFrom(CREATED)).as("nothing ended yet").isTrue();

    cut.changePassword("own-hash", LATER);
    cut.forcePasswordReset("unusable-hash", resetAt);

    assertThat(cut.passwordHash()).isEqualTo("unusable-hash");
    assertThat(cut.mustChangePassword()).isTrue();
    assertThat(cut.acceptsSessionFrom(LATER)).isFalse();
    assertThat(cut.acceptsSessionFrom(resetAt.minusSeconds(1))).isFalse();
    assertThat(cut.acceptsSessionFrom(Instant.parse("2025-03-01T12:00:00Z")))
        .as("access tokens count whole seconds")
        .isTrue();
    assertThat(cut.acceptsSessionFrom(resetAt.plusSeconds(5))).isTrue();
  }

  private UserAccount customerUser(Set<Role> roles) {
    return UserAccount.create(
        customer, "ada@example.com", "Ada", Language.en, roles, "initial-hash", CREATED);
  }
}

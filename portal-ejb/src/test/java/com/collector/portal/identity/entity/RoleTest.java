package com.collector.portal.identity.entity;

import static com.collector.portal.identity.entity.Right.ADJUST_SETTINGS;
import static com.collector.portal.identity.entity.Right.ADMINISTER;
import static com.collector.portal.identity.entity.Right.MANAGE_SUBSCRIPTIONS;
import static com.collector.portal.identity.entity.Right.MANAGE_USERS;
import static com.collector.portal.identity.entity.Right.PUBLISH_RELEASES;
import static com.collector.portal.identity.entity.Right.REQUEST_INSTALLATION;
import static com.collector.portal.identity.entity.Right.RUN_EXTRACTION;
import static com.collector.portal.identity.entity.Right.VIEW;
import static com.collector.portal.identity.entity.Right.WORK_TICKETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.portal.tenancy.entity.OrganizationKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoleTest {

  @Test
  void vendorRolesHoldTheirRights() {
    assertThat(Role.VENDOR_ADMIN.rights()).containsExactlyInAnyOrder(Right.values());
    assertThat(Role.VENDOR_AGENT.rights())
        .containsExactlyInAnyOrder(VIEW, RUN_EXTRACTION, ADJUST_SETTINGS, WORK_TICKETS);
    assertThat(Role.RELEASE_MANAGER.rights()).containsExactlyInAnyOrder(VIEW, PUBLISH_RELEASES);
  }

  @Test
  void partnerRolesHoldTheirRights() {
    assertThat(Role.PARTNER_ADMIN.rights())
        .containsExactlyInAnyOrder(
            VIEW,
            RUN_EXTRACTION,
            ADJUST_SETTINGS,
            MANAGE_USERS,
            MANAGE_SUBSCRIPTIONS,
            REQUEST_INSTALLATION,
            ADMINISTER);
    assertThat(Role.PARTNER_USER.rights()).containsExactlyInAnyOrder(VIEW, REQUEST_INSTALLATION);
  }

  @Test
  void customerRolesHoldTheirRights() {
    assertThat(Role.CUSTOMER_ADMIN.rights())
        .containsExactlyInAnyOrder(
            VIEW, RUN_EXTRACTION, ADJUST_SETTINGS, MANAGE_USERS, MANAGE_SUBSCRIPTIONS, ADMINISTER);
    assertThat(Role.CUSTOMER_USER.rights()).containsExactlyInAnyOrder(VIEW, RUN_EXTRACTION);
  }

  @Test
  void rolesBelongToTheirOrganizationKind() {
    assertThat(List.of(Role.VENDOR_ADMIN, Role.VENDOR_AGENT, Role.RELEASE_MANAGER))
        .allMatch(role -> role.kind() == OrganizationKind.VENDOR);
    assertThat(List.of(Role.PARTNER_ADMIN, Role.PARTNER_USER))
        .allMatch(role -> role.kind() == OrganizationKind.PARTNER);
    assertThat(List.of(Role.CUSTOMER_ADMIN, Role.CUSTOMER_USER))
        .allMatch(role -> role.kind() == OrganizationKind.CUSTOMER);
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"PARTNER_.*", "CUSTOMER_.*"},
      mode = EnumSource.Mode.MATCH_ANY)
  void noPartnerOrCustomerRolePublishesReleasesOrWorksTickets(Role role) {
    assertThat(role.rights()).doesNotContain(PUBLISH_RELEASES, WORK_TICKETS);
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void everyRoleMayView(Role role) {
    assertThat(role.rights()).contains(VIEW);
  }

  @Test
  void theAdministratorOfEachKindIsItsAdminRole() {
    assertThat(Role.adminOf(OrganizationKind.VENDOR)).isEqualTo(Role.VENDOR_ADMIN);
    assertThat(Role.adminOf(OrganizationKind.PARTNER)).isEqualTo(Role.PARTNER_ADMIN);
    assertThat(Role.adminOf(OrganizationKind.CUSTOMER)).isEqualTo(Role.CUSTOMER_ADMIN);
  }

  @ParameterizedTest
  @EnumSource(OrganizationKind.class)
  void theAdministratorOfAKindIsARoleOfThatKindThatManagesUsers(OrganizationKind kind) {
    assertThat(Role.adminOf(kind).kind()).isEqualTo(kind);
    assertThat(Role.adminOf(kind).rights()).contains(MANAGE_USERS, ADMINISTER);
  }

  @Test
  void rightsOfSeveralRolesAreTheUnionOfTheirRights() {
    assertThat(Role.rightsOf(Set.of(Role.VENDOR_AGENT, Role.RELEASE_MANAGER)))
        .containsExactlyInAnyOrder(
            VIEW, RUN_EXTRACTION, ADJUST_SETTINGS, WORK_TICKETS, PUBLISH_RELEASES);
    assertThat(Role.rightsOf(Set.of(Role.CUSTOMER_USER)))
        .containsExactlyInAnyOrder(VIEW, RUN_EXTRACTION);
    assertThat(Role.rightsOf(Set.of())).isEmpty();
  }

  @Test
  void changingTheUnionLeavesTheRolesUntouched() {
    Set<Right> rights = Role.rightsOf(Set.of(Role.CUSTOMER_USER));
    rights.add(ADMINISTER);

    assertThat(Role.CUSTOMER_USER.rights()).doesNotContain(ADMINISTER);
  }

  @Test
  void aRolesRightsCannotBeChanged() {
    assertThatThrownBy(() -> Role.CUSTOMER_USER.rights().add(ADMINISTER))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}

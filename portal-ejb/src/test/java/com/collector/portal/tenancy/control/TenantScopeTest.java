package com.collector.portal.tenancy.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.tenancy.entity.OrganizationKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantScopeTest {

  private final TenantScope cut =
      new TenantScope(
          "ada@example.com",
          7L,
          17L,
          "/1/17/",
          OrganizationKind.PARTNER,
          EnumSet.of(Right.VIEW, Right.MANAGE_USERS),
          false,
          List.of("/1/17/66/"),
          null);

  @ParameterizedTest
  @ValueSource(strings = {"/1/17/", "/1/17/42/", "/1/17/42/99/"})
  void aPartnerScopeCoversItsOwnSubtree(String ownerPath) {
    assertThat(cut.covers(ownerPath)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"/1/170/", "/1/170/42/", "/1/", "/", "/1/18/", "/1/18/17/", "/2/17/"})
  void aPartnerScopeCoversNothingElse(String ownerPath) {
    assertThat(cut.covers(ownerPath)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/1/17/66/", "/1/17/66/5/"})
  void aPartnerScopeCoversNothingOfACustomerThatSuspendedItsAccess(String ownerPath) {
    assertThat(cut.covers(ownerPath)).isFalse();
    assertThat(cut.covers("/1/17/666/")).as("a sibling whose id starts alike").isTrue();
  }

  @Test
  void requireAcceptsAHeldRight() {
    assertThatCode(() -> cut.require(Right.MANAGE_USERS)).doesNotThrowAnyException();
    assertThat(cut.has(Right.VIEW)).isTrue();
  }

  @Test
  void requireRefusesAMissingRightWithA403() {
    assertThat(cut.has(Right.ADMINISTER)).isFalse();
    assertThatThrownBy(() -> cut.require(Right.ADMINISTER))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.status()).isEqualTo(403))
        .hasMessageContaining("ADMINISTER");
  }

  @Test
  void theRightsAreFixedWhenTheScopeIsMade() {
    Set<Right> rights = EnumSet.of(Right.VIEW);
    TenantScope scope =
        new TenantScope(
            "a@example.com",
            1L,
            3L,
            "/1/2/3/",
            OrganizationKind.CUSTOMER,
            rights,
            false,
            List.of(),
            null);

    rights.add(Right.ADMINISTER);

    assertThat(scope.has(Right.ADMINISTER)).isFalse();
  }

  @Test
  void aUserScopeIsNotASystemScope() {
    assertThat(cut.isSystem()).isFalse();
    assertThat(cut.isInstallation()).isFalse();
  }

  @Test
  void anInstallationScopeIsNeitherASystemScopeNorAPersonAndKeepsItsMarkWhenRestricted() {
    TenantScope installation =
        new TenantScope(
            "installation:9 (Front desk)",
            null,
            3L,
            "/1/2/3/",
            OrganizationKind.CUSTOMER,
            Right.collectorRights(),
            false,
            List.of(),
            null,
            9L);

    assertThat(installation.isSystem()).isFalse();
    assertThat(installation.isInstallation()).isTrue();
    assertThatThrownBy(installation::requirePerson).isInstanceOf(ForbiddenException.class);
    TenantScope restricted =
        installation.restrictedBy(
            new ScopeLimits.Restriction("unpaid", null, "read-only", Set.of(Right.VIEW)));
    assertThat(restricted.installationId()).isEqualTo(9L);
    assertThat(restricted.rights()).containsExactly(Right.VIEW);
  }

  @Test
  void aSystemScopeIsNamedAndCoversTheWholeTree() {
    TenantScope system = TenantScope.system("nightly-cleanup");

    assertThat(system.isSystem()).isTrue();
    assertThat(system.actor()).isEqualTo("system:nightly-cleanup");
    assertThat(system.covers("/1/")).isTrue();
    assertThat(system.covers("/1/17/42/")).isTrue();
    assertThat(system.covers("/")).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Right.class)
  void aSystemScopeHoldsEveryRight(Right right) {
    assertThatCode(() -> TenantScope.system("job").require(right)).doesNotThrowAnyException();
  }

  @Test
  void aRestrictedScopeKeepsOnlyTheRightsLeftAndSaysWhyTheOthersAreWithheld() {
    TenantScope readOnly =
        cut.restrictedBy(
            new ScopeLimits.Restriction(
                "grace",
                null,
                "the subscription is in grace",
                Set.of(Right.VIEW, Right.RUN_EXTRACTION)));
    assertThat(readOnly.rights()).containsExactly(Right.VIEW);
    assertThat(readOnly.covers("/1/17/42/")).isTrue();
    assertThatThrownBy(() -> readOnly.require(Right.MANAGE_USERS))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("MANAGE_USERS")
        .hasMessageContaining("in grace");
  }
}

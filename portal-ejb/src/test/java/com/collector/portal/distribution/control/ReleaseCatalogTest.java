package com.collector.portal.distribution.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.OrganizationKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReleaseCatalogTest {

  private static TenantScope scope(OrganizationKind kind, Set<Right> rights, boolean viaToken) {
    return new TenantScope("someone", 7L, 1L, "/1/", kind, rights, viaToken, List.of(), null);
  }

  @Test
  void theVendorsPublishersMayPublishInPersonOrByToken() {
    TenantScope person = scope(OrganizationKind.VENDOR, Set.of(Right.PUBLISH_RELEASES), false);
    TenantScope token = scope(OrganizationKind.VENDOR, Set.of(Right.PUBLISH_RELEASES), true);

    assertThat(ReleaseCatalog.requirePublisher(person)).isSameAs(person);
    assertThat(ReleaseCatalog.requirePublisher(token)).isSameAs(token);
  }

  @Test
  void withoutTheRightOrOutsideTheVendorItIsForbidden() {
    assertThatThrownBy(
            () ->
                ReleaseCatalog.requirePublisher(
                    scope(OrganizationKind.VENDOR, Set.of(Right.VIEW, Right.ADMINISTER), false)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () ->
                ReleaseCatalog.requirePublisher(
                    scope(OrganizationKind.PARTNER, Set.of(Right.PUBLISH_RELEASES), false)))
        .as("even a partner holding the right")
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("vendor");
  }
}

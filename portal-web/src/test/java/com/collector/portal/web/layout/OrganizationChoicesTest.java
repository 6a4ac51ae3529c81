package com.collector.portal.web.layout;

import static com.collector.portal.web.layout.OrganizationViews.customer;
import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.tenancy.boundary.OrganizationView;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationChoicesTest {

  private final OrganizationChoices cut = new OrganizationChoices();

  @Test
  void anOfferedOrganizationComesBackFromItsId() {
    OrganizationView shop = customer(42, "Shop");
    cut.offer(List.of(shop, customer(43, "Other")));

    String submitted = cut.getAsString(null, null, shop);

    assertThat(submitted).isEqualTo("42");
    assertThat(cut.getAsObject(null, null, submitted)).isEqualTo(shop);
  }

  @Test
  void anIdNeverOfferedChoosesNothing() {
    cut.offer(List.of(customer(42, "Shop")));

    assertThat(cut.getAsObject(null, null, "7")).isNull();
    assertThat(cut.getAsObject(null, null, "")).isNull();
    assertThat(cut.getAsObject(null, null, null)).isNull();
    assertThat(cut.getAsString(null, null, null)).isEmpty();
  }
}

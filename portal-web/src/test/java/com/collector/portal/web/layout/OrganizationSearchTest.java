package com.collector.portal.web.layout;

import static com.collector.portal.web.layout.OrganizationViews.customer;
import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.tenancy.boundary.OrganizationView;
import com.collector.portal.tenancy.boundary.Organizations;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.tenancy.entity.OrganizationKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationSearchTest {

  /** Answers two customers of partner 2 whatever is asked, and records what was asked. */
  private static final class Asked extends Organizations {
    final List<String> calls = new ArrayList<>();

    @Override
    public Page<OrganizationView> page(
        String text, OrganizationKind kind, Long parentId, PageRequest request) {
      calls.add(text + " " + kind + " " + parentId + " " + request.limit() + " " + request.sort());
      return new Page<>(List.of(customer(42, "Shop"), customer(43, "Shed")), 250, 0, 2);
    }
  }

  private final Asked organizations = new Asked();
  private final OrganizationSearch cut = new OrganizationSearch(organizations);

  @Test
  void suggestionsAskTheBoundaryForAFewByNameUnderTheParentAndTurnBackFromTheirIds() {
    List<OrganizationView> found = cut.suggest("sh", OrganizationKind.CUSTOMER, 2L);

    assertThat(found).extracting(OrganizationView::name).containsExactly("Shop", "Shed");
    assertThat(organizations.calls).containsExactly("sh CUSTOMER 2 20 name");
    assertThat(cut.getChoices().get("43").name()).isEqualTo("Shed");
    assertThat(cut.getChoices().get("44")).as("never offered").isNull();
  }

  @Test
  void aPeekReadsOnlyAFewButTellsTheTotal() {
    assertThat(cut.peek(null, 2).total()).isEqualTo(250);
    assertThat(organizations.calls).containsExactly("null null null 2 name");
    assertThat(cut.getChoices().get("42").name()).isEqualTo("Shop");
  }

  @Test
  void noOrganizationHasNoId() {
    assertThat(OrganizationSearch.id(null)).isNull();
    assertThat(OrganizationSearch.id(customer(7, "Seven"))).isEqualTo(7L);
  }
}

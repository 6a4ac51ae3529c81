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

class CustomerPickerTest {

  /** The boundary's search over a fixed subtree, remembering what it was asked. */
  private static final class Subtree extends Organizations {
    private final List<OrganizationView> customers;
    private final List<PageRequest> asked = new ArrayList<>();

    Subtree(OrganizationView... customers) {
      this.customers = List.of(customers);
    }

    @Override
    public Page<OrganizationView> page(
        String text, OrganizationKind kind, Long parentId, PageRequest request) {
      asked.add(request);
      List<OrganizationView> found =
          customers.stream().filter(o -> text == null || o.name().contains(text)).toList();
      return new Page<>(
          found.stream().limit(request.limit()).toList(),
          found.size(),
          request.offset(),
          request.limit());
    }
  }

  @Test
  void aReaderWithOneCustomerHasItAsTheSingleOne() {
    OrganizationView shop = customer(42, "Shop");

    CustomerPicker cut = new CustomerPicker(new Subtree(shop)).lookUpSingle();

    assertThat(cut.getSingle()).isEqualTo(shop);
    assertThat(cut.isSeveral()).isFalse();
    assertThat(cut.getChoices().get("42")).isEqualTo(shop);
  }

  @Test
  void aReaderWithSeveralCustomersIsAskedAndCountingThemReadsTwoAtMost() {
    Subtree subtree =
        new Subtree(customer(42, "Shop"), customer(43, "Bakery"), customer(44, "Inn"));

    CustomerPicker cut = new CustomerPicker(subtree).lookUpSingle();

    assertThat(cut.getSingle()).isNull();
    assertThat(cut.isSeveral()).isTrue();
    assertThat(subtree.asked).extracting(PageRequest::limit).containsExactly(2);
  }

  @Test
  void onlyWhatASearchOfferedConvertsBackAndChoosingGivesItsId() {
    OrganizationView bakery = customer(43, "Bakery");
    CustomerPicker cut = new CustomerPicker(new Subtree(customer(42, "Shop"), bakery));

    assertThat(cut.complete("Bak")).containsExactly(bakery);
    cut.setChosen(cut.getChoices().getAsObject(null, null, "43"));

    assertThat(cut.chosenId()).isEqualTo(43L);
    assertThat(cut.getChoices().getAsObject(null, null, "42")).isNull();
  }

  @Test
  void aCustomerChosenElsewhereIsOfferedSoItsFieldShowsIt() {
    OrganizationView shop = customer(42, "Shop");
    CustomerPicker cut = new CustomerPicker(new Subtree());

    cut.choose(shop);

    assertThat(cut.chosenId()).isEqualTo(42L);
    assertThat(cut.getChoices().getAsObject(null, null, "42")).isEqualTo(shop);
    cut.choose(null);
    assertThat(cut.chosenId()).isNull();
  }
}

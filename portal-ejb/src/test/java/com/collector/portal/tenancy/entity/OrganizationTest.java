package com.collector.portal.tenancy.entity;

import static com.collector.portal.platform.boundary.Refusals.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrganizationTest {

  private static final Instant CREATED = Instant.parse("2025-03-01T10:00:00Z");
  private static final Instant LATER = CREATED.plusSeconds(3600);

  private final Organization vendor = Organization.vendor(1, "Vendor", CREATED);
  private final Organization partner =
      vendor.addChild(2, "Partner", "partner@example.com", CREATED);
  private final Organization customer = partner.addChild(3, "Customer", null, CREATED);

  @Test
  void pathsFollowTheTreeFromTheVendorDown() {
    assertThat(vendor.path()).isEqualTo("/1/");
    assertThat(partner.path()).isEqualTo("/1/2/");
    assertThat(customer.path()).isEqualTo("/1/2/3/");
    assertThat(customer.ownerPath()).isEqualTo(customer.path());
  }

  @Test
  void depthCountsTheLevels() {
    assertThat(vendor.depth()).isEqualTo(1);
    assertThat(partner.depth()).isEqualTo(2);
    assertThat(customer.depth()).isEqualTo(3);
  }

  @Test
  void theVendorHasPartnersAndPartnersHaveCustomers() {
    assertThat(vendor.kind()).isEqualTo(OrganizationKind.VENDOR);
    assertThat(vendor.parent()).isNull();
    assertThat(partner.kind()).isEqualTo(OrganizationKind.PARTNER);
    assertThat(partner.parent()).isSameAs(vendor);
    assertThat(customer.kind()).isEqualTo(OrganizationKind.CUSTOMER);
    assertThat(customer.parent()).isSameAs(partner);
  }

  @Test
  void pathsOfSiblingsDifferByTheirIds() {
    Organization sibling = vendor.addChild(17, "Other partner", null, CREATED);

    assertThat(sibling.path()).isEqualTo("/1/17/");
    assertThat(sibling.addChild(42, "Its customer", null, CREATED).path()).isEqualTo("/1/17/42/");
  }

  @Test
  void aCustomerCannotHaveSubOrganizations() {
    assertInvalidInput(() -> customer.addChild(4, "Nested", null, CREATED), "parentId");
  }

  @Test
  void namesAndContactEmailsAreStripped() {
    Organization child = vendor.addChild(5, "  Acme Partner \t", " sales@acme.example ", CREATED);

    assertThat(child.name()).isEqualTo("Acme Partner");
    assertThat(child.contactEmail()).isEqualTo("sales@acme.example");
  }

  @Test
  void aBlankContactEmailIsNoContactEmail() {
    assertThat(vendor.addChild(6, "A", "   ", CREATED).contactEmail()).isNull();
    assertThat(vendor.addChild(7, "B", "", CREATED).contactEmail()).isNull();
    assertThat(vendor.addChild(8, "C", null, CREATED).contactEmail()).isNull();
  }

  @Test
  void creationTimeIsRecorded() {
    assertThat(partner.createdAt()).isEqualTo(CREATED);
    assertThat(partner.updatedAt()).isEqualTo(CREATED);
  }

  @Test
  void describingChangesNameAndContactButNeverThePlaceInTheTree() {
    partner.describe("  Renamed  ", " new@example.com ", LATER);

    assertThat(partner.name()).isEqualTo("Renamed");
    assertThat(partner.contactEmail()).isEqualTo("new@example.com");
    assertThat(partner.updatedAt()).isEqualTo(LATER);
    assertThat(partner.createdAt()).isEqualTo(CREATED);
    assertThat(partner.path()).isEqualTo("/1/2/");
    assertThat(partner.kind()).isEqualTo(OrganizationKind.PARTNER);
    assertThat(partner.parent()).isSameAs(vendor);
  }

  @Test
  void describingWithABlankContactEmailRemovesIt() {
    partner.describe("Partner", " ", LATER);

    assertThat(partner.contactEmail()).isNull();
  }

  @Test
  void theAuditStateShowsKindPathNameAndContact() {
    assertThat(partner.auditState())
        .containsEntry("kind", "PARTNER")
        .containsEntry("path", "/1/2/")
        .containsEntry("name", "Partner")
        .containsEntry("contactEmail", "partner@example.com");
  }

  @Test
  void companyDetailsAreKeptWithTheVatNumberNormalized() {
    customer.recordCompanyDetails(
        new CompanyDetails(
            " be 0417.497.106 ", "Grote Markt 1", "1000", "Brussel", "be", " An ", "+32 2"),
        LATER);

    CompanyDetails kept = customer.companyDetails();
    assertThat(kept.vatNumber()).isEqualTo("BE0417497106");
    assertThat(kept.country()).isEqualTo("BE");
    assertThat(kept.contactName()).isEqualTo("An");
    assertThat(customer.updatedAt()).isEqualTo(LATER);
    assertThat(customer.auditState())
        .containsEntry("vatNumber", "BE0417497106")
        .containsEntry("address", "Grote Markt 1, 1000 Brussel, BE");
  }

  @Test
  void aVatNumberWithWrongCheckDigitsIsRefusedAndChangesNothing() {
    customer.recordCompanyDetails(
        new CompanyDetails("LU26375245", null, null, null, null, null, null), LATER);

    assertInvalidInput(
        () ->
            customer.recordCompanyDetails(
                new CompanyDetails("BE0417497107", null, null, null, null, "Bob", null), LATER),
        "vatNumber");
    assertThat(customer.companyDetails().vatNumber()).isEqualTo("LU26375245");
    assertThat(customer.companyDetails().contactName()).isNull();
  }

  @Test
  void anAddressIsWholeOrAbsent() {
    assertInvalidInput(
        () ->
            customer.recordCompanyDetails(
                new CompanyDetails(null, "Grote Markt 1", "1000", "Brussel", null, null, null),
                LATER),
        "country");
    assertInvalidInput(
        () ->
            customer.recordCompanyDetails(
                new CompanyDetails(null, "Grote Markt 1", "1000", "Brussel", "B1", null, null),
                LATER),
        "country");
  }

  @Test
  void recordingNoDetailsClearsThem() {
    customer.recordCompanyDetails(
        new CompanyDetails("LU26375245", "Rue 1", "1111", "Luxembourg", "LU", "Jo", "1"), LATER);

    customer.recordCompanyDetails(CompanyDetails.NONE, LATER);

    assertThat(customer.companyDetails()).isEqualTo(CompanyDetails.NONE);
  }
}

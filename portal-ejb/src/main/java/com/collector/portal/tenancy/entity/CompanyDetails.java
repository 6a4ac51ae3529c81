package com.collector.portal.tenancy.entity;

import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's company details: the VAT number its invoices carry, its postal address and the
 * person to talk to (whose e-mail is the organization's contact e-mail). Every part is optional; an
 * address is whole or absent.
 *
 * @param country ISO 3166 alpha-2 code
 */
public record CompanyDetails(
    String vatNumber,
    String street,
    String postalCode,
    String city,
    String country,
    String contactName,
    String contactPhone) {

  public static final CompanyDetails NONE =
      new CompanyDetails(null, null, null, null, null, null, null);

  /** Blank parts become absent, text is stripped, the VAT number normalized. */
  public CompanyDetails {
    vatNumber = VatNumbers.normalize(blankToNull(vatNumber));
    street = blankToNull(street);
    postalCode = blankToNull(postalCode);
    city = blankToNull(city);
    country = blankToNull(country);
    country = country == null ? null : country.toUpperCase(java.util.Locale.ROOT);
    contactName = blankToNull(contactName);
    contactPhone = blankToNull(contactPhone);
  }

  public boolean hasAddress() {
    return street != null || postalCode != null || city != null || country != null;
  }

  /** These details when they hold; otherwise 400 naming every part at fault. */
  public CompanyDetails checked() {
    List<FieldError> errors = new ArrayList<>();
    if (vatNumber != null) {
      String problem = VatNumbers.problem(vatNumber);
      if (problem != null) {
        errors.add(new FieldError("vatNumber", problem));
      }
    }
    if (hasAddress()) {
      part(errors, "street", street, 200);
      part(errors, "postalCode", postalCode, 20);
      part(errors, "city", city, 100);
      if (part(errors, "country", country, 2) && !country.matches("[A-Z]{2}")) {
        errors.add(new FieldError("country", "must be a country code (BE, NL, FR, LU…)"));
      }
    }
    length(errors, "contactName", contactName, 200);
    length(errors, "contactPhone", contactPhone, 40);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return this;
  }

  /** A part an address needs; answers whether it is there. */
  private static boolean part(List<FieldError> errors, String field, String value, int max) {
    if (value == null) {
      errors.add(new FieldError(field, "is required for an address"));
      return false;
    }
    return length(errors, field, value, max);
  }

  private static boolean length(List<FieldError> errors, String field, String value, int max) {
    if (value != null && value.length() > max) {
      errors.add(new FieldError(field, "is longer than " + max + " characters"));
      return false;
    }
    return value != null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

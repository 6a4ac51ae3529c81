package com.collector.portal.tenancy.entity;

import java.math.BigInteger;
import java.util.Locale;

/**
 * Checks VAT numbers of Belgium, the Netherlands, France and Luxembourg by their format and their
 * check digits, so a typo is caught in the wizard rather than on the first invoice. Other
 * countries' numbers are checked for the general EU shape only: their checksums differ country by
 * country.
 */
public final class VatNumbers {

  private VatNumbers() {}

  /** {@code value} without spaces, dots and dashes, upper case; null stays null. */
  public static String normalize(String value) {
    return value == null ? null : value.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
  }

  /** What is wrong with {@code value}, or null when it is a valid VAT number. */
  public static String problem(String value) {
    String vat = normalize(value);
    if (vat == null || !vat.matches("[A-Z]{2}[0-9A-Z]{2,13}")) {
      return "is not a VAT number (two letters of the country, then the number)";
    }
    String number = vat.substring(2);
    return switch (vat.substring(0, 2)) {
      case "BE" -> belgian(number);
      case "NL" -> dutch(number);
      case "FR" -> french(number);
      case "LU" -> luxembourgish(number);
      default -> null;
    };
  }

  public static boolean isValid(String value) {
    return problem(value) == null;
  }

  /** BE + 10 digits starting with 0 or 1; the last two are 97 − (the first eight mod 97). */
  static String belgian(String number) {
    if (!number.matches("[01][0-9]{9}")) {
      return "is not a Belgian VAT number (BE and 10 digits starting with 0 or 1)";
    }
    long head = Long.parseLong(number.substring(0, 8));
    int check = Integer.parseInt(number.substring(8));
    return 97 - head % 97 == check ? null : "has wrong check digits";
  }

  /**
   * NL + 9 digits + B + 2 digits: either the 9th digit is the weighted sum (9…2) of the first eight
   * mod 11 (companies), or the whole number passes ISO 7064 mod 97-10 (sole traders since 2020).
   */
  static String dutch(String number) {
    if (!number.matches("[0-9]{9}B[0-9]{2}")) {
      return "is not a Dutch VAT number (NL, 9 digits, B and 2 digits)";
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (number.charAt(i) - '0') * (9 - i);
    }
    boolean elevenProof = sum % 11 == number.charAt(8) - '0';
    return elevenProof || mod97("NL" + number) == 1 ? null : "has a wrong check digit";
  }

  /**
   * FR + a 2-character key + the 9-digit SIREN, which carries a Luhn check digit; a numeric key is
   * (12 + 3 × (SIREN mod 97)) mod 97. Keys with letters (a newer scheme) are checked by format.
   */
  static String french(String number) {
    if (!number.matches("[0-9A-HJ-NP-Z]{2}[0-9]{9}")) {
      return "is not a French VAT number (FR, a 2-character key and the 9-digit SIREN)";
    }
    String siren = number.substring(2);
    if (!luhn(siren) && !siren.equals("356000000")) { // La Poste's SIREN predates the check digit
      return "has a SIREN with a wrong check digit";
    }
    String key = number.substring(0, 2);
    if (!key.matches("[0-9]{2}")) {
      return null;
    }
    long expected = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
    return Integer.parseInt(key) == expected ? null : "has a wrong key";
  }

  /** LU + 8 digits; the last two are the first six mod 89. */
  static String luxembourgish(String number) {
    if (!number.matches("[0-9]{8}")) {
      return "is not a Luxembourgish VAT number (LU and 8 digits)";
    }
    int head = Integer.parseInt(number.substring(0, 6));
    int check = Integer.parseInt(number.substring(6));
    return head % 89 == check ? null : "has wrong check digits";
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }

  /** ISO 7064 mod 97-10 of {@code text}, letters counting as 10 (A) to 35 (Z). */
  private static int mod97(String text) {
    StringBuilder digits = new StringBuilder();
    for (char c : text.toCharArray()) {
      digits.append(Character.isLetter(c) ? Integer.toString(c - 'A' + 10) : String.valueOf(c));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
  }
}

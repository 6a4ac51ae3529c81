package com.collector.portal.tenancy.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VatNumbersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "BE0417497106", // AB InBev
        "BE 0403.170.701",
        "be0417497106",
        "NL004495445B01", // eleven-proof (companies)
        "NL000099998B57", // mod 97 (sole traders since 2020)
        "FR40303265045",
        "FR59542051180", // TotalEnergies
        "FR27552032534",
        "FRK7552032534", // a key with a letter: the SIREN's own check still applies
        "LU26375245", // Amazon EU
        "LU15027442",
        "DE123456789" // other countries: the general shape only
      })
  void realNumbersPass(String vat) {
    assertThat(VatNumbers.problem(vat)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"BE0417497107", "BE0417497160", "BE2417497106", "BE417497106"})
  void belgianTyposFail(String vat) {
    assertThat(VatNumbers.problem(vat)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"NL004495446B01", "NL004495445X01", "NL04495445B01"})
  void dutchTyposFail(String vat) {
    assertThat(VatNumbers.problem(vat)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"FR41303265045", "FR40303265046", "FR4030326504", "FRK7552032535"})
  void frenchTyposFail(String vat) {
    assertThat(VatNumbers.problem(vat)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"LU26375246", "LU16375245", "LU2637524", "LU2637524A"})
  void luxembourgishTyposFail(String vat) {
    assertThat(VatNumbers.problem(vat)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0417497106", "B0417497106", "BE-", "12345"})
  void shapelessValuesFail(String vat) {
    assertThat(VatNumbers.isValid(vat)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void nothingIsNoNumber() {
    assertThat(VatNumbers.isValid(null)).isFalse();
  }
}

package com.collector.portal.identity.control;

import static com.collector.portal.platform.boundary.Refusals.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private static final String EMAIL = "ada@example.com";
  private static final String FIELD = "newPassword";

  @Test
  void acceptsAPasswordOfTwelveCharacters() {
    assertThatCode(() -> PasswordPolicy.check("abcdefghijkl", EMAIL, FIELD))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesAPasswordOfElevenCharactersNamingTheField() {
    assertInvalidInput(() -> PasswordPolicy.check("abcdefghijk", EMAIL, FIELD), FIELD);
  }

  @Test
  void refusesAMissingPassword() {
    assertInvalidInput(() -> PasswordPolicy.check(null, EMAIL, FIELD), FIELD);
    assertInvalidInput(() -> PasswordPolicy.check("", EMAIL, FIELD), FIELD);
  }

  @Test
  void acceptsTwoHundredFiftySixCharactersAndRefusesOneMore() {
    assertThatCode(() -> PasswordPolicy.check("x".repeat(256), EMAIL, FIELD))
        .doesNotThrowAnyException();
    assertInvalidInput(() -> PasswordPolicy.check("x".repeat(257), EMAIL, FIELD), FIELD);
  }

  @Test
  void refusesAPasswordContainingTheEmailWhateverTheCase() {
    assertInvalidInput(() -> PasswordPolicy.check("ada@example.com2024", EMAIL, FIELD), FIELD);
    assertInvalidInput(() -> PasswordPolicy.check("my-ADA@Example.COM!", EMAIL, FIELD), FIELD);
    assertInvalidInput(
        () -> PasswordPolicy.check("xx-ada@example.com-xx", " ADA@example.com ", FIELD), FIELD);
  }

  @Test
  void aPasswordMerelySharingPartsOfTheEmailIsAccepted() {
    assertThatCode(() -> PasswordPolicy.check("ada-example-com-2024", EMAIL, FIELD))
        .doesNotThrowAnyException();
  }

  @Test
  void theRefusalNamesTheFieldTheCallerGave() {
    assertInvalidInput(
        () -> PasswordPolicy.check("short", EMAIL, "portal.bootstrap.admin.password"),
        "portal.bootstrap.admin.password");
    assertInvalidInput(
        () -> PasswordPolicy.check("ada@example.com-secret", EMAIL, "initialPassword"),
        "initialPassword");
  }
}

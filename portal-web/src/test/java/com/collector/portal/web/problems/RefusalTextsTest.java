package com.collector.portal.web.problems;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.InvalidInputException.FieldError;
import com.collector.portal.platform.boundary.NotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class RefusalTextsTest {

  private static final String REQUESTS = "com.collector.portal.web.i18n.requests";

  private final InvalidInputException invalid =
      new InvalidInputException(
          List.of(
              new FieldError("customer.vatNumber", "fails its checksum"),
              new FieldError("environment.plugins[1].id", "is not a plugin the plan allows"),
              new FieldError("environment.plugins[2].id", "is chosen twice"),
              new FieldError("limit", "must be between 1 and 200")));

  @Test
  void fieldsKeepTheirNamesAndReadTheBundleOfTheLanguage() {
    Problem french = RefusalTexts.problem(invalid, REQUESTS, Locale.FRENCH);

    assertThat(french.status()).isEqualTo(400);
    assertThat(french.errors())
        .extracting(FieldError::field)
        .containsExactly(
            "customer.vatNumber",
            "environment.plugins[1].id",
            "environment.plugins[2].id",
            "limit");
    assertThat(french.errors())
        .extracting(FieldError::message)
        .containsExactly(
            text(Locale.FRENCH, "error.customer.vatNumber"),
            text(Locale.FRENCH, "error.environment.plugins.id"),
            text(Locale.FRENCH, "error.environment.plugins.id"),
            "must be between 1 and 200");
    assertThat(french.detail())
        .startsWith("Veuillez corriger la saisie. Le numéro de TVA n'est pas valide")
        .containsOnlyOnce("Choisissez uniquement des systèmes sources")
        .endsWith("limit must be between 1 and 200");
  }

  @Test
  void eachLanguageHasItsOwnWords() {
    assertThat(RefusalTexts.problem(invalid, REQUESTS, Locale.ENGLISH).errors().get(0).message())
        .startsWith("The VAT number is not valid");
    assertThat(RefusalTexts.problem(invalid, REQUESTS, new Locale("nl")).errors().get(0).message())
        .startsWith("Het btw-nummer is niet geldig");
  }

  @Test
  void aConflictReadsItsMessageKeyAndOtherRefusalsTheGeneralBundle() {
    Problem conflict =
        RefusalTexts.problem(
            new ConflictException("error.requestState", "state", "A CLOSED request cannot move"),
            REQUESTS,
            new Locale("nl"));
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.detail()).isEqualTo(text(new Locale("nl"), "error.requestState"));
    assertThat(conflict.errors()).containsExactly(new FieldError("state", conflict.detail()));

    Problem missing =
        RefusalTexts.problem(new NotFoundException("Customer", 7), REQUESTS, Locale.FRENCH);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.detail())
        .isEqualTo(
            ResourceBundle.getBundle(RefusalTexts.GENERAL, Locale.FRENCH)
                .getString("error.notFound"));
  }

  @Test
  void pagesShowEachFaultOnce() {
    ResourceBundle requests = ResourceBundle.getBundle(REQUESTS, Locale.ENGLISH);
    ResourceBundle general = ResourceBundle.getBundle(RefusalTexts.GENERAL, Locale.ENGLISH);
    assertThat(RefusalTexts.faults(invalid, requests, general))
        .containsExactly(
            requests.getString("error.customer.vatNumber"),
            requests.getString("error.environment.plugins.id"),
            "limit must be between 1 and 200");
  }

  private static String text(Locale locale, String key) {
    return ResourceBundle.getBundle(REQUESTS, locale).getString(key);
  }
}

package com.collector.portal.telemetry.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {

  @Test
  void answersAsInstantParseDoesForTheUsualFormAndItsNearMisses() {
    Random random = new Random(5);
    String digits = "0123456789";
    for (int n = 0; n < 50_000; n++) {
      Instant at =
          Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1_000_000_000));
      StringBuilder text = new StringBuilder(at.toString());
      if (random.nextBoolean()) {
        int position = random.nextInt(text.length());
        String alphabet = digits + "-T:.Z+ x";
        text.setCharAt(position, alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertSameAsInstantParse(text.toString());
    }
  }

  @Test
  void fractionsOfEveryLengthAndTheEdgesOfTheCalendar() {
    for (String text :
        List.of(
            "2026-12-03T10:15:30Z",
            "2026-12-03T10:15:30.1Z",
            "2026-12-03T10:15:30.123456789Z",
            "2026-12-03T10:15:30.1234567890Z",
            "2026-12-03T10:15:30.Z",
            "2024-02-29T00:00:00Z",
            "2026-02-29T00:00:00Z",
            "2026-12-31T23:59:60Z",
            "2026-12-03T24:00:00Z",
            "2026-12-03T10:15:30+01:00",
            "0000-01-01T00:00:00Z",
            "2026-12-03t10:15:30z",
            "2026-12-03T10:15:30")) {
      assertSameAsInstantParse(text);
    }
  }

  private static void assertSameAsInstantParse(String text) {
    Object expected;
    try {
      expected = Instant.parse(text);
    } catch (DateTimeParseException refused) {
      expected = DateTimeParseException.class;
    }
    Object actual;
    try {
      actual = IsoInstants.parse(text);
    } catch (DateTimeParseException refused) {
      actual = DateTimeParseException.class;
    }
    assertThat(actual).as(text).isEqualTo(expected);
  }
}

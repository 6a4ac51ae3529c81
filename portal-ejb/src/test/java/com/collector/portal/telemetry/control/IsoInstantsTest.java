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

  @Test
  void writesInstantsThatReadBackTheSame() {
    java.util.Random random = new java.util.Random(3);
    for (int i = 0; i < 10_000; i++) {
      Instant at =
          Instant.ofEpochSecond(
              random.nextLong(-62_167_219_200L, 253_402_300_799L), random.nextInt(1_000_000_000));
      String written = IsoInstants.append(new StringBuilder(), at).toString();

      assertThat(Instant.parse(written)).as(written).isEqualTo(at);
      assertThat(written).as("fixed width").hasSize(30);
    }
    assertThat(IsoInstants.append(new StringBuilder(), Instant.parse("2026-01-02T03:04:05Z")))
        .hasToString("2026-01-02T03:04:05.000000000Z");
    assertThat(IsoInstants.append(new StringBuilder(), Instant.parse("+10000-01-01T00:00:00Z")))
        .hasToString("+10000-01-01T00:00:00Z");
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

package com.collector.repository.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppVersionTest {

  @Test
  void parsesFourPartsAndPrintsThemBack() {
    AppVersion cut = AppVersion.parse("1.2.3.65535");

    assertThat(cut.major()).isEqualTo(1);
    assertThat(cut.minor()).isEqualTo(2);
    assertThat(cut.build()).isEqualTo(3);
    assertThat(cut.revision()).isEqualTo(65535);
    assertThat(cut).hasToString("1.2.3.65535");
  }

  @Test
  void ordersPartByPartNumericallyNotAsText() {
    List<AppVersion> sorted =
        Stream.of("1.10.0.0", "1.2.0.0", "1.2.0.10", "0.9.9.9", "1.2.0.9", "2.0.0.0")
            .map(AppVersion::parse)
            .sorted()
            .toList();

    assertThat(sorted)
        .extracting(AppVersion::toString)
        .containsExactly("0.9.9.9", "1.2.0.0", "1.2.0.9", "1.2.0.10", "1.10.0.0", "2.0.0.0");
  }

  @Test
  void equalsAndHashCodeFollowTheParts() {
    assertThat(AppVersion.parse("1.2.3.4"))
        .isEqualTo(AppVersion.of(1, 2, 3, 4))
        .hasSameHashCodeAs(AppVersion.of(1, 2, 3, 4))
        .isNotEqualTo(AppVersion.of(1, 2, 3, 5))
        .isEqualByComparingTo(AppVersion.of(1, 2, 3, 4));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1.2.3",
        "1.2.3.4.5",
        "1.2.3.65536",
        "1.2.3.-1",
        "1.2.3.+4",
        "1.02.3.4",
        "1.2.3.4 ",
        "a.b.c.d",
        "1..3.4",
        "1.2.3.4.",
        "99999999999.0.0.0"
      })
  void refusesAnythingButFourCanonicalParts(String text) {
    assertThatThrownBy(() -> AppVersion.parse(text, "minAppVersion"))
        .isInstanceOfSatisfying(
            VersionFormatException.class, e -> assertThat(e.field()).isEqualTo("minAppVersion"))
        .hasMessageStartingWith("minAppVersion: ");
  }

  @Test
  void refusesNullWithTheDefaultField() {
    assertThatThrownBy(() -> AppVersion.parse(null))
        .isInstanceOf(VersionFormatException.class)
        .hasMessage("version: is required");
  }

  @Test
  void refusesPartsOutOfRangeWhenBuiltFromNumbers() {
    assertThatThrownBy(() -> AppVersion.of(0, 0, 65536, 0))
        .isInstanceOf(VersionFormatException.class);
    assertThatThrownBy(() -> AppVersion.of(-1, 0, 0, 0)).isInstanceOf(VersionFormatException.class);
  }
}

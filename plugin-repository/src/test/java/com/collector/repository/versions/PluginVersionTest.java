package com.collector.repository.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PluginVersionTest {

  /** The precedence example of SemVer 2.0.0, item 11, lowest first. */
  private static final List<String> SPEC_ORDER =
      List.of(
          "1.0.0-alpha",
          "1.0.0-alpha.1",
          "1.0.0-alpha.beta",
          "1.0.0-beta",
          "1.0.0-beta.2",
          "1.0.0-beta.11",
          "1.0.0-rc.1",
          "1.0.0",
          "1.0.1",
          "1.1.0",
          "1.10.0",
          "2.0.0");

  @Test
  void sortsLikeTheSpecificationsExample() {
    List<String> shuffled = new ArrayList<>(SPEC_ORDER);
    Collections.shuffle(shuffled, new Random(7));

    assertThat(shuffled.stream().map(PluginVersion::parse).sorted().map(PluginVersion::toString))
        .containsExactlyElementsOf(SPEC_ORDER);
  }

  @Test
  void comparesLongNumericPreReleaseIdentifiersAsNumbers() {
    assertThat(PluginVersion.parse("1.0.0-99999999999999999999"))
        .isGreaterThan(PluginVersion.parse("1.0.0-9"))
        .isLessThan(PluginVersion.parse("1.0.0-a"));
  }

  @Test
  void buildMetadataIsKeptInTheTextButIgnoredForOrderAndEquality() {
    PluginVersion a = PluginVersion.parse("1.2.3-rc.1+build.5");
    PluginVersion b = PluginVersion.parse("1.2.3-rc.1+sha.0abc");

    assertThat(a).hasToString("1.2.3-rc.1+build.5");
    assertThat(a.build()).isEqualTo("build.5");
    assertThat(a.preRelease()).containsExactly("rc", "1");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isEqualByComparingTo(b);
    assertThat(a.isPreRelease()).isTrue();
  }

  @Test
  void exposesItsParts() {
    PluginVersion cut = PluginVersion.parse("10.20.30");

    assertThat(List.of(cut.major(), cut.minor(), cut.patch())).containsExactly(10, 20, 30);
    assertThat(cut.isPreRelease()).isFalse();
    assertThat(cut.build()).isEmpty();
    assertThat(cut).isNotEqualTo(PluginVersion.parse("10.20.31"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1",
        "1.2",
        "1.2.3.4",
        "01.2.3",
        "1.02.3",
        "1.2.03",
        "1.2.3-",
        "1.2.3-01",
        "1.2.3-a..b",
        "1.2.3+",
        "1.2.3+a..b",
        "1.2.3-a_b",
        "v1.2.3",
        " 1.2.3",
        "1.2.3-rc.1+",
        "2147483648.0.0"
      })
  void refusesWhatSemVerForbids(String text) {
    assertThatThrownBy(() -> PluginVersion.parse(text, "manifest.version"))
        .isInstanceOfSatisfying(
            VersionFormatException.class, e -> assertThat(e.field()).isEqualTo("manifest.version"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0", "1.2.3-0", "1.2.3-0a", "1.2.3-x-y.1", "1.2.3+001", "1.0.0-a+b"})
  void acceptsWhatSemVerAllows(String text) {
    assertThat(PluginVersion.parse(text)).hasToString(text);
  }
}

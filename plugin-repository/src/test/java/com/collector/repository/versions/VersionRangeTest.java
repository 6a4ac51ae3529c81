package com.collector.repository.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VersionRangeTest {

  private static AppVersion v(String text) {
    return AppVersion.parse(text);
  }

  @Test
  void includesBothEnds() {
    VersionRange<AppVersion> cut = VersionRange.of(v("1.0.0.0"), v("2.0.0.0"));

    assertThat(cut.contains(v("1.0.0.0"))).isTrue();
    assertThat(cut.contains(v("1.5.0.0"))).isTrue();
    assertThat(cut.contains(v("2.0.0.0"))).isTrue();
    assertThat(cut.contains(v("0.9.65535.65535"))).isFalse();
    assertThat(cut.contains(v("2.0.0.1"))).isFalse();
  }

  @Test
  void anOpenEndAcceptsEverythingOnItsSide() {
    VersionRange<AppVersion> atLeast = VersionRange.of(v("1.0.0.0"), null);
    VersionRange<AppVersion> atMost = VersionRange.of(null, v("1.0.0.0"));

    assertThat(atLeast.contains(v("65535.65535.65535.65535"))).isTrue();
    assertThat(atLeast.contains(v("0.0.0.1"))).isFalse();
    assertThat(atMost.contains(v("0.0.0.0"))).isTrue();
    assertThat(atMost.contains(v("1.0.0.1"))).isFalse();
    assertThat(VersionRange.<AppVersion>any().contains(v("0.0.0.0"))).isTrue();
    assertThat(atLeast.max()).isEmpty();
    assertThat(atLeast.min()).contains(v("1.0.0.0"));
    assertThat(atLeast).hasToString("[1.0.0.0, *]");
  }

  @Test
  void worksForSemanticVersionsWithPreReleases() {
    VersionRange<PluginVersion> cut =
        VersionRange.of(PluginVersion.parse("1.0.0"), PluginVersion.parse("2.0.0"));

    assertThat(cut.contains(PluginVersion.parse("2.0.0-rc.1"))).isTrue();
    assertThat(cut.contains(PluginVersion.parse("1.0.0-rc.1"))).isFalse();
  }

  @Test
  void refusesAMinimumAboveTheMaximum() {
    assertThatThrownBy(() -> VersionRange.of(v("2.0.0.0"), v("1.0.0.0")))
        .isInstanceOfSatisfying(
            VersionFormatException.class, e -> assertThat(e.field()).isEqualTo("range"));
  }

  @Test
  void parsesBothEndsAndNamesTheFieldThatIsWrong() {
    VersionRange<AppVersion> cut =
        VersionRange.parse("1.0.0.0", " ", "minAppVersion", "maxAppVersion", AppVersion::parse);

    assertThat(cut).isEqualTo(VersionRange.of(v("1.0.0.0"), null)).hasSameHashCodeAs(cut);
    assertThatThrownBy(
            () ->
                VersionRange.parse(
                    "1.0", null, "minAppVersion", "maxAppVersion", AppVersion::parse))
        .isInstanceOfSatisfying(
            VersionFormatException.class, e -> assertThat(e.field()).isEqualTo("minAppVersion"));
    assertThatThrownBy(
            () ->
                VersionRange.parse(
                    "2.0.0.0", "1.0.0.0", "minAppVersion", "maxAppVersion", AppVersion::parse))
        .isInstanceOfSatisfying(
            VersionFormatException.class, e -> assertThat(e.field()).isEqualTo("maxAppVersion"));
  }
}

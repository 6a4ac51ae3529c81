package com.collector.portal.distribution.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.repository.versions.VersionFormatException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReleaseVersionTest {

  @Test
  void pluginVersionsDropBuildMetadataFromTheirPrecedence() {
    ReleaseVersion cut = ReleaseVersion.parse(ProductKind.PLUGIN, "2.0.0-rc.1+sha.5", "version");

    assertThat(cut.text()).isEqualTo("2.0.0-rc.1+sha.5");
    assertThat(cut.precedence()).isEqualTo("2.0.0-rc.1");
  }

  @Test
  void appVersionsAreFourPartAndTheirOwnPrecedence() {
    ReleaseVersion cut = ReleaseVersion.parse(ProductKind.APP, "4.2.0.17", "version");

    assertThat(cut.precedence()).isEqualTo("4.2.0.17");
    assertThatThrownBy(() -> ReleaseVersion.parse(ProductKind.APP, "4.2.0", "version"))
        .isInstanceOf(VersionFormatException.class);
    assertThatThrownBy(() -> ReleaseVersion.parse(ProductKind.PLUGIN, "4.2.0.1", "version"))
        .isInstanceOf(VersionFormatException.class);
  }

  @Test
  void orderFollowsTheKindsVersionTypeNotTheText() {
    List<String> plugins =
        Stream.of("1.10.0", "1.9.0", "1.10.0-rc.1", "1.10.0-alpha")
            .sorted(ReleaseVersion.order(ProductKind.PLUGIN))
            .toList();
    List<String> apps =
        Stream.of("4.10.0.0", "4.9.0.0", "4.9.0.10", "4.9.0.9")
            .sorted(ReleaseVersion.order(ProductKind.APP))
            .toList();

    assertThat(plugins).containsExactly("1.9.0", "1.10.0-alpha", "1.10.0-rc.1", "1.10.0");
    assertThat(apps).containsExactly("4.9.0.0", "4.9.0.9", "4.9.0.10", "4.10.0.0");
  }
}

package com.collector.portal.distribution.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.repository.versions.AppVersion;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ChannelReleasesTest {

  private long ids;

  @Test
  void theCurrentReleaseIsTheHighestAndTheMinimumTheHighestMandatoryAtOrBelowIt() {
    ChannelReleases cut =
        channel(release("4.2.0.1", true), release("4.2.0.3", false), release("4.2.0.2", true));

    assertThat(cut.current().orElseThrow().release().version()).hasToString("4.2.0.3");
    assertThat(cut.minimumRequiredVersion()).hasValue(AppVersion.parse("4.2.0.2"));
  }

  @Test
  void withoutMandatoryReleasesUpdatesStayOptional() {
    ChannelReleases cut = channel(release("4.2.0.1", false), release("4.2.0.3", false));

    assertThat(cut.minimumRequiredVersion()).isEmpty();
  }

  @Test
  void aNewestMandatoryReleaseRequiresItself() {
    ChannelReleases cut = channel(release("4.2.0.1", false), release("4.2.0.9", true));

    assertThat(cut.minimumRequiredVersion()).hasValue(AppVersion.parse("4.2.0.9"));
  }

  @Test
  void aFileComesFromTheHighestReleaseThatHasIt() {
    HostedRelease older = release("4.2.0.1", false, "setup.exe", "a/x.dll");
    HostedRelease newer = release("4.2.0.2", false, "setup.exe", "b/x.dll");
    ChannelReleases cut = channel(older, newer);

    assertThat(cut.file("setup.exe").orElseThrow().sha256()).isEqualTo(sha("4.2.0.2setup.exe"));
    assertThat(cut.file("a/x.dll").orElseThrow().sha256()).isEqualTo(sha("4.2.0.1a/x.dll"));
    assertThat(cut.file("c/x.dll")).isEmpty();
  }

  @Test
  void anEmptyChannelServesNothing() {
    ChannelReleases cut = channel();

    assertThat(cut.current()).isEmpty();
    assertThat(cut.minimumRequiredVersion()).isEmpty();
  }

  private ChannelReleases channel(HostedRelease... releases) {
    return new ChannelReleases(
        "stable",
        Stream.of(releases)
            .sorted(Comparator.comparing((HostedRelease r) -> r.release().version()).reversed())
            .toList());
  }

  private HostedRelease release(String version, boolean mandatory, String... paths) {
    Map<String, HostedRelease.File> files =
        Stream.of(paths)
            .collect(Collectors.toMap(p -> p, p -> new HostedRelease.File(p, sha(version + p), 1)));
    HostedRelease.File deployment =
        new HostedRelease.File("Collector.application", sha(version), 1);
    return new HostedRelease(
        new ClickOnceCatalog.AppRelease(++ids, AppVersion.parse(version), "stable", mandatory),
        new HostedRelease.Files(files, deployment, deployment));
  }

  private static String sha(String text) {
    return Integer.toHexString(text.hashCode());
  }
}

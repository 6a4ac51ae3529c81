package com.collector.portal.distribution.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.distribution.control.ClickOnceCatalog.AppRelease;
import com.collector.portal.distribution.entity.Product;
import com.collector.repository.rollout.Rollout;
import com.collector.repository.versions.AppVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which app releases each ClickOnce ring gets, against the update check's rollout rule. */
class ClickOnceRingsTest {

  private static final List<String> INSTALLATIONS =
      IntStream.rangeClosed(1, 5_000).mapToObj(Long::toString).toList();

  private final AppRelease base = release(1, "4.2.0.1", "stable", true, 100);

  @Test
  void aReleaseAt30PercentReachesExactlyTheRingsOfTheInstallationsItsRolloutIncludes() {
    AppRelease staged = release(2, "4.2.0.2", "stable", false, 30);

    for (String id : INSTALLATIONS) {
      int ring = Rollout.ring(id, Product.APP_CODE);
      assertThat(current(List.of(base, staged), "stable", ring).equals(staged.version()))
          .as("installation %s in ring %d", id, ring)
          .isEqualTo(Rollout.includes(id, Product.APP_CODE, 30));
    }
    assertThat(ringsServing(List.of(base, staged), staged.version()))
        .isEqualTo(IntStream.range(0, 30).boxed().collect(Collectors.toSet()));
    assertThat(current(List.of(base, staged), "stable", null))
        .as("the plain channel serves only what everyone may have")
        .isEqualTo(base.version());
  }

  @Test
  void raisingTheRolloutKeepsEveryRingThatHadItAndRevokingFallsBack() {
    Set<Integer> at30 =
        ringsServing(List.of(base, release(2, "4.2.0.2", "stable", false, 30)), v("4.2.0.2"));
    Set<Integer> at60 =
        ringsServing(List.of(base, release(2, "4.2.0.2", "stable", false, 60)), v("4.2.0.2"));
    Set<Integer> revoked = ringsServing(List.of(base), v("4.2.0.2"));

    assertThat(at60).containsAll(at30).hasSize(60);
    assertThat(revoked).isEmpty();
    for (int ring = 0; ring < Rollout.RINGS; ring++) {
      assertThat(current(List.of(base), "stable", ring)).isEqualTo(base.version());
    }
  }

  @Test
  void theMinimumRequiredVersionIsTheNewestMandatoryReleaseTheRingSees() {
    List<AppRelease> published =
        List.of(
            base,
            release(2, "4.2.0.2", "stable", true, 50),
            release(3, "4.2.0.3", "stable", false, 80));

    assertThat(channel(published, "stable", 10).minimumRequiredVersion()).hasValue(v("4.2.0.2"));
    assertThat(channel(published, "stable", 10).current().orElseThrow().release().version())
        .isEqualTo(v("4.2.0.3"));
    assertThat(channel(published, "stable", 60).minimumRequiredVersion()).hasValue(v("4.2.0.1"));
    assertThat(channel(published, "stable", 60).current().orElseThrow().release().version())
        .isEqualTo(v("4.2.0.3"));
    assertThat(channel(published, "stable", 90).current().orElseThrow().release().version())
        .isEqualTo(v("4.2.0.1"));
    assertThat(channel(published, "stable", null).minimumRequiredVersion()).hasValue(v("4.2.0.1"));
  }

  @Test
  void aChannelsRingsSeeItsOwnAndStablesRolloutsButNotOtherChannels() {
    List<AppRelease> published =
        List.of(
            base,
            release(2, "4.2.0.2", "stable", false, 20),
            release(3, "4.2.0.3", "beta", false, 10),
            release(4, "4.2.0.4", "alpha", false, 100));

    assertThat(current(published, "beta", 5)).isEqualTo(v("4.2.0.3"));
    assertThat(current(published, "beta", 15)).isEqualTo(v("4.2.0.2"));
    assertThat(current(published, "beta", 25)).isEqualTo(v("4.2.0.1"));
    assertThat(current(published, "stable", 5)).isEqualTo(v("4.2.0.2"));
    assertThat(channel(published, "beta", 0).path()).isEqualTo("beta/ring/0");
    assertThat(channel(published, "beta", null).path()).isEqualTo("beta");
  }

  private static Set<Integer> ringsServing(List<AppRelease> published, AppVersion version) {
    Set<Integer> rings = new TreeSet<>();
    for (int ring = 0; ring < Rollout.RINGS; ring++) {
      if (version.equals(current(published, "stable", ring))) {
        rings.add(ring);
      }
    }
    return rings;
  }

  private static AppVersion current(List<AppRelease> published, String channel, Integer ring) {
    return channel(published, channel, ring).current().map(r -> r.release().version()).orElse(null);
  }

  private static ChannelReleases channel(List<AppRelease> published, String channel, Integer ring) {
    List<HostedRelease> hosted = new ArrayList<>();
    for (AppRelease release : ClickOnceCatalog.visible(published, channel, ring)) {
      HostedRelease.File manifest =
          new HostedRelease.File("Collector.application", "a".repeat(64), 1);
      hosted.add(new HostedRelease(release, new HostedRelease.Files(Map.of(), manifest, manifest)));
    }
    return new ChannelReleases(channel, ring, hosted);
  }

  private static AppRelease release(
      long id, String version, String channel, boolean mandatory, int percent) {
    return new AppRelease(id, v(version), channel, mandatory, percent);
  }

  private static AppVersion v(String text) {
    return AppVersion.parse(text);
  }
}

package com.collector.repository.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RolloutTest {

  private static final String RELEASE = "ocr-extractor@2.1.0";
  private static final List<String> INSTALLATIONS = syntheticInstallations(10_000, 20261125L);

  private static List<String> syntheticInstallations(int count, long seed) {
    Random random = new Random(seed);
    return IntStream.range(0, count)
        .mapToObj(i -> new UUID(random.nextLong(), random.nextLong()).toString())
        .toList();
  }

  private static Set<String> included(String release, int percent) {
    return INSTALLATIONS.stream()
        .filter(id -> Rollout.includes(id, release, percent))
        .collect(Collectors.toSet());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 25, 50, 90})
  void reachesTheTargetShareWithinTwoPercentagePoints(int percent) {
    double share = 100.0 * included(RELEASE, percent).size() / INSTALLATIONS.size();

    assertThat(share).isBetween(percent - 2.0, percent + 2.0);
  }

  @Test
  void spreadsInstallationsEvenlyOverThePercentages() {
    int[] perPercent = new int[100];
    INSTALLATIONS.forEach(id -> perPercent[Rollout.bucket(id, RELEASE) / 100]++);
    double expected = INSTALLATIONS.size() / 100.0;
    double chiSquare = 0;
    for (int observed : perPercent) {
      chiSquare += (observed - expected) * (observed - expected) / expected;
    }

    // Chi-square with 99 degrees of freedom: above 148.2 has a probability of 0.1 % if uniform.
    assertThat(chiSquare).isLessThan(148.2);
  }

  @Test
  void nobodyAtZeroAndEverybodyAtHundred() {
    assertThat(included(RELEASE, 0)).isEmpty();
    assertThat(included(RELEASE, 100)).hasSize(INSTALLATIONS.size());
  }

  @Test
  void raisingThePercentageNeverDropsAnInstallation() {
    Set<String> previous = Set.of();
    for (int percent : new int[] {0, 1, 2, 5, 10, 25, 26, 50, 75, 90, 99, 100}) {
      Set<String> current = included(RELEASE, percent);

      assertThat(current).containsAll(previous);
      previous = current;
    }
  }

  @Test
  void theDecisionIsStableAcrossCalls() {
    String id = INSTALLATIONS.get(42);
    int bucket = Rollout.bucket(id, RELEASE);

    assertThat(Rollout.bucket(id, RELEASE)).isEqualTo(bucket).isBetween(0, Rollout.BUCKETS - 1);
    assertThat(Rollout.includes(id, RELEASE, bucket / 100 + 1)).isTrue();
    assertThat(Rollout.includes(id, RELEASE, bucket / 100)).isFalse();
  }

  @Test
  void differentReleasesPickIndependentInstallations() {
    Set<String> first = included("ocr-extractor@2.1.0", 50);
    Set<String> second = included("ocr-extractor@2.2.0", 50);
    long both = first.stream().filter(second::contains).count();

    // Independent halves overlap in about a quarter; the same set would overlap in a half.
    assertThat(100.0 * both / INSTALLATIONS.size()).isBetween(23.0, 27.0);
  }

  @Test
  void theReleaseKeyAndTheIdAreNotSimplyConcatenated() {
    assertThat(Rollout.bucket("c", "ab")).isNotEqualTo(Rollout.bucket("bc", "a"));
  }

  @Test
  void refusesPercentagesOutsideZeroToHundred() {
    assertThatThrownBy(() -> Rollout.includes("x", RELEASE, 101))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rollout.includes("x", RELEASE, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRingIsAdmittedExactlyWhenItsInstallationsAreIncluded() {
    for (int percent : new int[] {0, 1, 30, 60, 99, 100}) {
      for (String id : INSTALLATIONS) {
        int ring = Rollout.ring(id, "collector");
        assertThat(ring).isBetween(0, Rollout.RINGS - 1);
        assertThat(Rollout.admits(ring, percent))
            .isEqualTo(Rollout.includes(id, "collector", percent));
      }
    }
    assertThatThrownBy(() -> Rollout.admits(100, 50)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rollout.admits(-1, 50)).isInstanceOf(IllegalArgumentException.class);
  }
}

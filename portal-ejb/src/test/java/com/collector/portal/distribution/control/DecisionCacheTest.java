package com.collector.portal.distribution.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DecisionCacheTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private final AtomicInteger made = new AtomicInteger();

  private SignedDecision make(Instant now) {
    int n = made.incrementAndGet();
    return new SignedDecision("jws" + n, "\"" + n + "\"", 1, now.plus(Duration.ofHours(24)));
  }

  @Test
  void reusesADecisionUntilItNearsExpiry() {
    DecisionCache cache = new DecisionCache(10, Duration.ofHours(1));

    SignedDecision first = cache.get("k", NOW, () -> make(NOW));
    SignedDecision again = cache.get("k", NOW.plus(Duration.ofHours(22)), () -> make(NOW));
    Instant late = NOW.plus(Duration.ofHours(23));
    SignedDecision renewed = cache.get("k", late, () -> make(late));

    assertThat(again).isSameAs(first);
    assertThat(renewed).isNotSameAs(first);
    assertThat(renewed.jws()).isEqualTo("jws2");
    assertThat(cache.get("k", late, () -> make(late))).isSameAs(renewed);
  }

  @Test
  void otherInputsGetTheirOwnDecision() {
    DecisionCache cache = new DecisionCache(10, Duration.ofHours(1));

    SignedDecision a = cache.get("a", NOW, () -> make(NOW));
    SignedDecision b = cache.get("b", NOW, () -> make(NOW));

    assertThat(a.jws()).isNotEqualTo(b.jws());
  }

  @Test
  void staysWithinItsCapacityByDroppingTheOldestDecisions() {
    DecisionCache cache = new DecisionCache(4, Duration.ofHours(1));
    for (int i = 0; i < 4; i++) {
      Instant at = NOW.plus(Duration.ofHours(i));
      cache.get("k" + i, at, () -> make(at));
    }
    Instant later = NOW.plus(Duration.ofHours(4));
    SignedDecision newest = cache.get("k3", later, () -> make(later));

    SignedDecision added = cache.get("k4", later, () -> make(later));

    assertThat(cache.size()).isLessThanOrEqualTo(4);
    assertThat(cache.get("k4", later, () -> make(later))).isSameAs(added);
    assertThat(cache.get("k3", later, () -> make(later))).as("the newest kept").isSameAs(newest);
    int before = made.get();
    cache.get("k0", later, () -> make(later));
    assertThat(made.get()).as("the oldest was dropped").isEqualTo(before + 1);
  }
}

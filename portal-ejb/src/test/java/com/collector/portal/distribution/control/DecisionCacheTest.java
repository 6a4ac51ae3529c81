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
  void dropsTheLeastRecentlyUsedBeyondItsCapacity() {
    DecisionCache cache = new DecisionCache(2, Duration.ofHours(1));
    SignedDecision a = cache.get("a", NOW, () -> make(NOW));
    cache.get("b", NOW, () -> make(NOW));
    cache.get("a", NOW, () -> make(NOW));
    cache.get("c", NOW, () -> make(NOW));

    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.get("a", NOW, () -> make(NOW))).as("recently used").isSameAs(a);
    assertThat(made.get()).isEqualTo(3);
    cache.get("b", NOW, () -> make(NOW));
    assertThat(made.get()).as("b was dropped").isEqualTo(4);
  }
}

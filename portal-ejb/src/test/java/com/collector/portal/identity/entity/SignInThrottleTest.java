package com.collector.portal.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final int FREE_ATTEMPTS = 5;
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

  private final SignInThrottle cut = new SignInThrottle("ada@example.com");

  @Test
  void aNewThrottleBlocksNothing() {
    assertThat(cut.blockedFor(NOW)).isEmpty();
    assertThat(cut.failures()).isZero();
  }

  @Test
  void theFirstFourFailuresAreFree() {
    fail(4, NOW);

    assertThat(cut.failures()).isEqualTo(4);
    assertThat(cut.blockedFor(NOW)).isEmpty();
  }

  @Test
  void theFifthFailureBlocksForThirtySeconds() {
    fail(5, NOW);

    assertThat(cut.blockedFor(NOW)).contains(Duration.ofSeconds(30));
  }

  @Test
  void eachFurtherFailureDoublesTheBlock() {
    fail(5, NOW);

    cut.recordFailure(NOW, FREE_ATTEMPTS);
    assertThat(cut.blockedFor(NOW)).contains(Duration.ofSeconds(60));
    cut.recordFailure(NOW, FREE_ATTEMPTS);
    assertThat(cut.blockedFor(NOW)).contains(Duration.ofSeconds(120));
    cut.recordFailure(NOW, FREE_ATTEMPTS);
    assertThat(cut.blockedFor(NOW)).contains(Duration.ofSeconds(240));
  }

  @Test
  void theBlockIsCappedAtOneHour() {
    fail(11, NOW);
    assertThat(cut.blockedFor(NOW)).contains(Duration.ofSeconds(30L << 6));

    cut.recordFailure(NOW, FREE_ATTEMPTS);
    assertThat(cut.blockedFor(NOW)).contains(Duration.ofHours(1));
  }

  @Test
  void manyFailuresStillBlockForOneHourAndNeverOverflow() {
    fail(200, NOW);

    assertThat(cut.blockedFor(NOW)).contains(Duration.ofHours(1));
  }

  @Test
  void theBlockCountsDownAndEndsWhenItHasPassed() {
    fail(5, NOW);

    assertThat(cut.blockedFor(NOW.plusSeconds(10))).contains(Duration.ofSeconds(20));
    assertThat(cut.blockedFor(NOW.plusSeconds(30))).isEmpty();
    assertThat(cut.blockedFor(NOW.plusSeconds(31))).isEmpty();
  }

  @Test
  void theFreeAttemptsAreWhatTheCallerConfigured() {
    cut.recordFailure(NOW, 3);
    cut.recordFailure(NOW, 3);
    assertThat(cut.blockedFor(NOW)).isEmpty();

    cut.recordFailure(NOW, 3);
    assertThat(cut.blockedFor(NOW)).contains(Duration.ofSeconds(30));
  }

  @Test
  void failuresAreForgottenAfterADayWithoutFailure() {
    fail(4, NOW);

    Instant nextDay = NOW.plus(Duration.ofHours(24)).plusSeconds(1);
    cut.recordFailure(nextDay, FREE_ATTEMPTS);

    assertThat(cut.failures()).isEqualTo(1);
    assertThat(cut.blockedFor(nextDay)).isEmpty();
  }

  @Test
  void failuresWithinADayKeepCounting() {
    fail(4, NOW);

    Instant later = NOW.plus(Duration.ofHours(23));
    cut.recordFailure(later, FREE_ATTEMPTS);

    assertThat(cut.failures()).isEqualTo(5);
    assertThat(cut.blockedFor(later)).contains(Duration.ofSeconds(30));
  }

  @Test
  void aThrottleIsNotTenantData() {
    assertThat(cut.ownerPath()).isEqualTo("/");
  }

  private void fail(int times, Instant at) {
    for (int i = 0; i < times; i++) {
      cut.recordFailure(at, FREE_ATTEMPTS);
    }
  }
}

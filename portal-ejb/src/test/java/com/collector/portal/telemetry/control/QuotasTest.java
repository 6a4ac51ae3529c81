package com.collector.portal.telemetry.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuotasTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  @Test
  void aMinutesWorthPassesThenTheNextWaitsForItsRefill() {
    Quotas quotas = new Quotas();
    quotas.perMinute = 600;

    assertThat(quotas.take(1, 600, NOW)).isEmpty();
    assertThat(quotas.take(1, 100, NOW))
        .hasValueSatisfying(
            wait -> assertThat(wait).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(11)));
    assertThat(quotas.take(2, 100, NOW)).as("another installation's allowance").isEmpty();
    assertThat(quotas.take(1, 100, NOW.plusSeconds(10))).isEmpty();
  }
}

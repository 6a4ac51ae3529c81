package com.collector.portal.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.portal.platform.boundary.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  private final Clock lateEvening =
      Clock.fixed(Instant.parse("2026-12-07T23:59:59Z"), ZoneOffset.ofHours(1));

  @Test
  void sevenDaysAreTodayAndTheSixBeforeInUtcWhateverTheClocksZone() {
    Period cut = Period.parse("7");

    assertThat(cut.lastDay(lateEvening)).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(cut.firstDay(lateEvening)).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(cut.start(lateEvening)).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
  }

  @Test
  void oneDayIsToday() {
    assertThat(Period.parse(" 1 ").start(lateEvening))
        .isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void noPeriodMeansThirtyDays(String text) {
    assertThat(Period.parse(text).days()).isEqualTo(30);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-7", "367", "seven", "7d", "2.5", "99999999999"})
  void anythingElseIsRefusedNamingTheParameter(String text) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("days"));
  }
}

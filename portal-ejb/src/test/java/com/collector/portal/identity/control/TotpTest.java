package com.collector.portal.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpTest {

  /** The SHA-1 seed of RFC 6238, appendix B. */
  private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void computesTheCodesOfTheRfcTestVectors() {
    assertThat(Totp.code(SEED, Totp.stepAt(Instant.ofEpochSecond(59)), 8)).isEqualTo("94287082");
    assertThat(Totp.code(SEED, Totp.stepAt(Instant.ofEpochSecond(1111111109)), 8))
        .isEqualTo("07081804");
    assertThat(Totp.code(SEED, Totp.stepAt(Instant.ofEpochSecond(1234567890)), 8))
        .isEqualTo("89005924");
    assertThat(Totp.code(SEED, Totp.stepAt(Instant.ofEpochSecond(20000000000L)), 8))
        .isEqualTo("65353130");
    assertThat(Totp.code(SEED, Totp.stepAt(Instant.ofEpochSecond(59)), 6)).isEqualTo("287082");
  }

  @Test
  void acceptsOneStepOfClockSkewEitherWayButNotTwo() {
    Instant now = Instant.ofEpochSecond(1_800_000_000L);
    long step = Totp.stepAt(now);
    for (long offset = -1; offset <= 1; offset++) {
      String code = Totp.code(SEED, step + offset, 6);
      assertThat(Totp.matchingStep(SEED, code, now, 0)).hasValue(step + offset);
    }
    assertThat(Totp.matchingStep(SEED, Totp.code(SEED, step - 2, 6), now, 0)).isEmpty();
    assertThat(Totp.matchingStep(SEED, Totp.code(SEED, step + 2, 6), now, 0)).isEmpty();
  }

  @Test
  void refusesACodeOfAStepAlreadyUsedOrEarlier() {
    Instant now = Instant.ofEpochSecond(1_800_000_000L);
    long step = Totp.stepAt(now);
    String code = Totp.code(SEED, step, 6);
    OptionalLong first = Totp.matchingStep(SEED, code, now, 0);
    assertThat(first).hasValue(step);
    assertThat(Totp.matchingStep(SEED, code, now, first.getAsLong())).isEmpty();
    assertThat(Totp.matchingStep(SEED, Totp.code(SEED, step - 1, 6), now, step)).isEmpty();
    assertThat(Totp.matchingStep(SEED, Totp.code(SEED, step + 1, 6), now, step)).hasValue(step + 1);
  }

  @Test
  void refusesMalformedCodes() {
    Instant now = Instant.ofEpochSecond(1_800_000_000L);
    assertThat(Totp.matchingStep(SEED, null, now, 0)).isEmpty();
    assertThat(Totp.matchingStep(SEED, "12345", now, 0)).isEmpty();
    assertThat(Totp.matchingStep(SEED, "12345a", now, 0)).isEmpty();
  }
}

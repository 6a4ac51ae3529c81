package com.collector.repository.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyWrapperRingTest {

  private static final byte[] DATA_KEY = new SecureRandom().generateSeed(32);

  @TempDir Path keys;

  @Test
  void theCurrentKeyWrapsAndRetiredKeysStillUnwrapWhatTheyWrapped() {
    KeyWrapper retired = LocalKeyStoreWrapper.openOrCreate(keys, "settings-retired-1");
    byte[] wrappedBefore = retired.wrap(DATA_KEY);
    KeyWrapper current = LocalKeyStoreWrapper.openOrCreate(keys, "settings");

    KeyWrapperRing cut = new KeyWrapperRing(current, List.of(retired, current));
    byte[] wrappedNow = cut.wrap(DATA_KEY);

    assertThat(cut.keyId()).isEqualTo(current.keyId());
    assertThat(cut.keyIds()).containsExactly(current.keyId(), retired.keyId());
    assertThat(current.unwrap(current.keyId(), wrappedNow)).isEqualTo(DATA_KEY);
    assertThat(cut.unwrap(retired.keyId(), wrappedBefore)).isEqualTo(DATA_KEY);
    assertThat(cut.unwrap(current.keyId(), wrappedNow)).isEqualTo(DATA_KEY);
  }

  @Test
  void aKeyIdOutsideTheRingIsRefused() {
    KeyWrapper current = LocalKeyStoreWrapper.openOrCreate(keys, "settings");
    KeyWrapper stranger = LocalKeyStoreWrapper.openOrCreate(keys, "stranger");
    KeyWrapperRing cut = new KeyWrapperRing(current, List.of());

    assertThatThrownBy(() -> cut.unwrap(stranger.keyId(), stranger.wrap(DATA_KEY)))
        .isInstanceOf(KeyWrappingException.class)
        .hasMessageContaining(stranger.keyId())
        .hasMessageContaining(current.keyId());
  }
}

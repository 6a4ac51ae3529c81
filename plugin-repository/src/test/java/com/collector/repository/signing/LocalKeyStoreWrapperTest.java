package com.collector.repository.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKeyStoreWrapperTest {

  private static final byte[] DATA_KEY = new SecureRandom().generateSeed(32);

  @TempDir Path keys;

  @Test
  void aWrappedDataKeyUnwrapsAndIsNotTheDataKey() {
    LocalKeyStoreWrapper cut = LocalKeyStoreWrapper.openOrCreate(keys, "settings");

    byte[] wrapped = cut.wrap(DATA_KEY);

    assertThat(wrapped).hasSize(384).isNotEqualTo(DATA_KEY);
    assertThat(new String(wrapped, StandardCharsets.ISO_8859_1))
        .doesNotContain(new String(DATA_KEY, StandardCharsets.ISO_8859_1));
    assertThat(cut.unwrap(cut.keyId(), wrapped)).isEqualTo(DATA_KEY);
    assertThat(cut.keyId()).isEqualTo(KeyIds.of(cut.publicKey()));
  }

  @Test
  void wrappingTheSameKeyTwiceGivesOtherBytes() {
    LocalKeyStoreWrapper cut = LocalKeyStoreWrapper.openOrCreate(keys, "settings");

    byte[] first = cut.wrap(DATA_KEY);
    byte[] second = cut.wrap(DATA_KEY);

    assertThat(second).isNotEqualTo(first);
    assertThat(cut.unwrap(cut.keyId(), second)).isEqualTo(DATA_KEY);
  }

  @Test
  void reopeningKeepsTheKeySoStoredDataKeysStillUnwrap() {
    LocalKeyStoreWrapper first = LocalKeyStoreWrapper.openOrCreate(keys, "settings");
    byte[] wrapped = first.wrap(DATA_KEY);

    LocalKeyStoreWrapper reopened = LocalKeyStoreWrapper.openOrCreate(keys, "settings");

    assertThat(reopened.keyId()).isEqualTo(first.keyId());
    assertThat(reopened.unwrap(first.keyId(), wrapped)).isEqualTo(DATA_KEY);
  }

  @Test
  void changedWrappedBytesAreRefused() {
    LocalKeyStoreWrapper cut = LocalKeyStoreWrapper.openOrCreate(keys, "settings");
    byte[] wrapped = cut.wrap(DATA_KEY);
    wrapped[wrapped.length / 2] ^= 1;

    assertThatThrownBy(() -> cut.unwrap(cut.keyId(), wrapped))
        .isInstanceOf(KeyWrappingException.class)
        .hasMessageContaining(cut.keyId());
  }

  @Test
  void anotherKeysIdOrBytesAreRefused() {
    LocalKeyStoreWrapper cut = LocalKeyStoreWrapper.openOrCreate(keys, "settings");
    LocalKeyStoreWrapper other = LocalKeyStoreWrapper.openOrCreate(keys, "other");
    byte[] wrappedByOther = other.wrap(DATA_KEY);

    assertThat(other.keyId()).isNotEqualTo(cut.keyId());
    assertThatThrownBy(() -> cut.unwrap(other.keyId(), wrappedByOther))
        .isInstanceOf(KeyWrappingException.class)
        .hasMessageContaining("wrapped by key " + other.keyId());
    assertThatThrownBy(() -> cut.unwrap(cut.keyId(), wrappedByOther))
        .isInstanceOf(KeyWrappingException.class)
        .hasMessageContaining("does not unwrap");
  }

  @Test
  void theBytesAreRsaOaep256WithMgf1Sha256AsKeyVaultMakesThem() throws Exception {
    LocalKeyStoreWrapper cut = LocalKeyStoreWrapper.openOrCreate(keys, "settings");
    byte[] asKeyVault =
        EmulatedKeys.rsaOaep256(Cipher.ENCRYPT_MODE, cut.publicKey()).doFinal(DATA_KEY);
    Cipher jdkDefault = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
    jdkDefault.init(Cipher.ENCRYPT_MODE, cut.publicKey());
    byte[] withMgf1Sha1 = jdkDefault.doFinal(DATA_KEY);

    assertThat(cut.unwrap(cut.keyId(), asKeyVault)).isEqualTo(DATA_KEY);
    assertThatThrownBy(() -> cut.unwrap(cut.keyId(), withMgf1Sha1))
        .isInstanceOf(KeyWrappingException.class);
  }
}

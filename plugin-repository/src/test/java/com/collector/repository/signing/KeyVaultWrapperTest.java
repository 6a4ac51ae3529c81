package com.collector.repository.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.security.keyvault.keys.KeyClient;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real Azure SDK pipeline end to end against {@link LocalKeyVault}. */
class KeyVaultWrapperTest {

  private static final byte[] DATA_KEY = new SecureRandom().generateSeed(32);

  @RegisterExtension final LocalKeyVault vault = LocalKeyVault.perTest();
  private final KeyClient client = vault.keyClient();

  @Test
  void aDataKeyIsWrappedAndUnwrappedInTheVault() {
    KeyVaultWrapper cut = KeyVaultWrapper.openOrCreate(client, "settings", 2048);

    byte[] wrapped = cut.wrap(DATA_KEY);

    assertThat(wrapped).hasSize(256).isNotEqualTo(DATA_KEY);
    assertThat(cut.unwrap(cut.keyId(), wrapped)).isEqualTo(DATA_KEY);
    assertThat(cut.keyId()).isEqualTo(KeyIds.of(cut.publicKey()));
    assertThat(vault.calls())
        .anyMatch(call -> call.matches("POST /keys/settings/\\w+/wrapkey -> 200"))
        .anyMatch(call -> call.matches("POST /keys/settings/\\w+/unwrapkey -> 200"));
  }

  @Test
  void theKeyIsCreatedOnFirstUseForWrappingOnlyAndReusedAfter() {
    KeyVaultWrapper first = KeyVaultWrapper.openOrCreate(client, "settings", 2048);
    KeyVaultWrapper second = KeyVaultWrapper.openOrCreate(vault.keyClient(), "settings", 2048);

    assertThat(vault.versions("settings")).hasSize(1);
    assertThat(vault.versions("settings").get(0).ops()).containsExactly("wrapKey", "unwrapKey");
    assertThat(second.keyId()).isEqualTo(first.keyId());
    assertThat(second.vaultKeyId()).isEqualTo(first.vaultKeyId());
    assertThat(second.unwrap(first.keyId(), first.wrap(DATA_KEY))).isEqualTo(DATA_KEY);
  }

  @Test
  void theVaultWrapsWithRsaOaep256AndMgf1Sha256() throws Exception {
    KeyVaultWrapper cut = KeyVaultWrapper.openOrCreate(client, "settings", 2048);
    byte[] wrappedByTheJdk =
        EmulatedKeys.rsaOaep256(Cipher.ENCRYPT_MODE, cut.publicKey()).doFinal(DATA_KEY);
    Cipher vaultsPrivateKey =
        EmulatedKeys.rsaOaep256(
            Cipher.DECRYPT_MODE, vault.versions("settings").get(0).pair().getPrivate());

    assertThat(cut.unwrap(cut.keyId(), wrappedByTheJdk)).isEqualTo(DATA_KEY);
    assertThat(vaultsPrivateKey.doFinal(cut.wrap(DATA_KEY))).isEqualTo(DATA_KEY);
  }

  @Test
  void dataKeysWrappedBeforeARotationStillUnwrap() {
    KeyVaultWrapper old = KeyVaultWrapper.openOrCreate(client, "settings", 2048);
    byte[] wrappedBefore = old.wrap(DATA_KEY);

    KeyVaultWrapper elsewhere = KeyVaultWrapper.openOrCreate(vault.keyClient(), "settings", 2048);
    KeyVaultWrapper rotated = elsewhere.rotate();
    byte[] wrappedAfter = rotated.wrap(DATA_KEY);
    KeyVaultWrapper reopened = KeyVaultWrapper.openOrCreate(vault.keyClient(), "settings", 2048);

    String newVersion = vault.versions("settings").get(1).version();
    assertThat(rotated.keyId()).isNotEqualTo(old.keyId());
    assertThat(reopened.keyId()).isEqualTo(rotated.keyId());
    assertThat(vault.calls()).contains("POST /keys/settings/" + newVersion + "/wrapkey -> 200");
    assertThat(rotated.unwrap(old.keyId(), wrappedBefore)).isEqualTo(DATA_KEY);
    assertThat(reopened.unwrap(old.keyId(), wrappedBefore)).isEqualTo(DATA_KEY);
    // The instance opened before the rotation learns of the version another instance made.
    assertThat(old.unwrap(rotated.keyId(), wrappedAfter)).isEqualTo(DATA_KEY);
  }

  @Test
  void aVersionDisabledInTheVaultNoLongerUnwraps() {
    KeyVaultWrapper old = KeyVaultWrapper.openOrCreate(client, "settings", 2048);
    byte[] wrappedBefore = old.wrap(DATA_KEY);
    old.rotate();

    vault.disable("settings", vault.versions("settings").get(0).version());
    KeyVaultWrapper reopened = KeyVaultWrapper.openOrCreate(vault.keyClient(), "settings", 2048);

    assertThatThrownBy(() -> reopened.unwrap(old.keyId(), wrappedBefore))
        .isInstanceOf(KeyWrappingException.class)
        .hasMessageContaining("No enabled version");
    assertThatThrownBy(() -> old.unwrap(old.keyId(), wrappedBefore))
        .isInstanceOf(KeyWrappingException.class)
        .hasMessageContaining("did not unwrap");
    assertThat(vault.calls()).anyMatch(call -> call.endsWith("/unwrapkey -> 403"));
  }

  @Test
  void changedWrappedBytesAreRefused() {
    KeyVaultWrapper cut = KeyVaultWrapper.openOrCreate(client, "settings", 2048);
    byte[] wrapped = cut.wrap(DATA_KEY);
    wrapped[wrapped.length / 2] ^= 1;

    assertThatThrownBy(() -> cut.unwrap(cut.keyId(), wrapped))
        .isInstanceOf(KeyWrappingException.class)
        .hasMessageContaining(cut.keyId());
    assertThat(vault.calls()).anyMatch(call -> call.endsWith("/unwrapkey -> 400"));
  }

  @Test
  void aKeyIdOfNoVersionOfTheKeyIsRefused() {
    KeyVaultWrapper cut = KeyVaultWrapper.openOrCreate(client, "settings", 2048);
    KeyVaultWrapper other = KeyVaultWrapper.openOrCreate(client, "other", 2048);
    byte[] wrappedByOther = other.wrap(DATA_KEY);

    assertThatThrownBy(() -> cut.unwrap(other.keyId(), wrappedByOther))
        .isInstanceOf(KeyWrappingException.class)
        .hasMessageContaining("No enabled version of Key Vault key settings")
        .hasMessageContaining(other.keyId());
    assertThatThrownBy(() -> cut.unwrap(cut.keyId(), wrappedByOther))
        .isInstanceOf(KeyWrappingException.class);
  }

  @Test
  void aKeyMadeForSigningIsNotUsedForWrapping() {
    KeyVaultSigner.openOrCreate(client, "plugins", 2048);

    assertThatThrownBy(() -> KeyVaultWrapper.openOrCreate(client, "plugins", 2048))
        .isInstanceOf(SigningException.class)
        .hasMessageContaining("not wrapKey and unwrapKey");
  }

  @Test
  void onlyKeySizesKeyVaultMakesAreAccepted() {
    assertThatThrownBy(() -> KeyVaultWrapper.openOrCreate(client, "settings", 1024))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(vault.calls()).isEmpty();
  }
}

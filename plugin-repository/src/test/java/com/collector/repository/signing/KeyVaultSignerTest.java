package com.collector.repository.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.http.policy.FixedDelayOptions;
import com.azure.core.http.policy.RetryOptions;
import com.azure.security.keyvault.keys.KeyClient;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Objects;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real Azure SDK pipeline end to end against {@link LocalKeyVault}. */
class KeyVaultSignerTest {

  private static final byte[] DATA = "plugin package digest".getBytes(StandardCharsets.UTF_8);

  @RegisterExtension final LocalKeyVault vault = LocalKeyVault.perTest();
  private final KeyClient client = vault.keyClient();

  @Test
  void theKeyIsCreatedOnFirstUseAndReusedAfter() {
    KeyVaultSigner first = KeyVaultSigner.openOrCreate(client, "plugins", 2048);
    KeyVaultSigner second = KeyVaultSigner.openOrCreate(vault.keyClient(), "plugins", 2048);

    assertThat(vault.versions("plugins")).hasSize(1);
    assertThat(vault.calls()).filteredOn(call -> call.contains("/create")).hasSize(1);
    assertThat(second.keyId()).isEqualTo(first.keyId());
    assertThat(second.vaultKeyId())
        .isEqualTo(first.vaultKeyId())
        .startsWith(vault.url() + "/keys/plugins/");
    assertThat(second.publicKey()).isEqualTo(first.publicKey());
  }

  @Test
  void aRemoteSignatureVerifiesWithTheJdkAgainstThePublishedPublicKey() throws Exception {
    KeyVaultSigner cut = KeyVaultSigner.openOrCreate(client, "plugins", 2048);

    byte[] signature = cut.sign(DATA);

    assertThat(verifies(cut.publicKey(), DATA, signature)).isTrue();
    assertThat(cut.jwsAlgorithm()).isEqualTo("RS256");
    assertThat(vault.calls()).anyMatch(call -> call.matches("POST /keys/plugins/\\w+/sign -> 200"));
  }

  @Test
  void aSignatureTheVaultGotWrongIsNeverHandedOut() {
    KeyVaultSigner cut = KeyVaultSigner.openOrCreate(client, "plugins", 2048);
    vault.corruptSignatures();

    assertThatThrownBy(() -> cut.sign(DATA))
        .isInstanceOf(SigningException.class)
        .hasMessageContaining("bad signature");
  }

  @Test
  void aFlippedByteFailsVerification() throws Exception {
    KeyVaultSigner cut = KeyVaultSigner.openOrCreate(client, "plugins", 2048);
    byte[] signature = cut.sign(DATA);

    byte[] changedData = DATA.clone();
    changedData[3] ^= 1;
    byte[] changedSignature = signature.clone();
    changedSignature[10] ^= 1;

    assertThat(verifies(cut.publicKey(), changedData, signature)).isFalse();
    assertThat(verifies(cut.publicKey(), DATA, changedSignature)).isFalse();
  }

  @Test
  void aSignatureFromAnotherKeyFails() throws Exception {
    KeyVaultSigner plugins = KeyVaultSigner.openOrCreate(client, "plugins", 2048);
    KeyVaultSigner other = KeyVaultSigner.openOrCreate(client, "other", 2048);

    assertThat(other.keyId()).isNotEqualTo(plugins.keyId());
    assertThat(verifies(plugins.publicKey(), DATA, other.sign(DATA))).isFalse();
  }

  @Test
  void rotationGivesANewKeyIdWhileTheOldKeyStaysPublished() throws Exception {
    KeyVaultSigner old = KeyVaultSigner.openOrCreate(client, "plugins", 2048);
    byte[] oldSignature = old.sign(DATA);

    KeyVaultSigner middle = old.rotate();
    KeyVaultSigner rotated = middle.rotate();
    KeyRing ring = KeyVaultSigner.openOrCreate(vault.keyClient(), "plugins", 2048).keyRing();

    assertThat(rotated.keyId()).isNotEqualTo(old.keyId());
    assertThat(rotated.vaultKeyId()).isNotEqualTo(old.vaultKeyId());
    assertThat(ring.current().keyId()).isEqualTo(rotated.keyId());
    assertThat(ring.published())
        .extracting(PublishedKey::keyId)
        .containsExactly(rotated.keyId(), middle.keyId(), old.keyId());
    assertThat(ring.jwks()).contains(old.keyId(), middle.keyId(), rotated.keyId());
    assertThat(verifies(ring.publicKey(old.keyId()).orElseThrow(), DATA, oldSignature)).isTrue();
    assertThat(
            verifies(
                ring.publicKey(rotated.keyId()).orElseThrow(), DATA, ring.current().sign(DATA)))
        .isTrue();
    assertThat(verifies(rotated.publicKey(), DATA, oldSignature)).isFalse();
  }

  @Test
  void aVersionDisabledInTheVaultIsNoLongerPublished() {
    KeyVaultSigner old = KeyVaultSigner.openOrCreate(client, "plugins", 2048);
    KeyVaultSigner rotated = old.rotate();

    vault.disable("plugins", vault.versions("plugins").get(0).version());

    assertThat(rotated.keyRing().published())
        .extracting(PublishedKey::keyId)
        .containsExactly(rotated.keyId());
  }

  @Test
  void theSdkAuthenticatesWithTheScopeAndTenantOfTheVaultsChallenge() {
    KeyVaultSigner.openOrCreate(client, "plugins", 2048).sign(DATA);

    assertThat(vault.tokenRequests()).isNotEmpty();
    assertThat(vault.tokenRequests())
        .allSatisfy(
            request -> {
              assertThat(request.getScopes()).containsExactly(LocalKeyVault.RESOURCE + "/.default");
              assertThat(request.getTenantId()).isEqualTo(LocalKeyVault.TENANT);
            });
  }

  @Test
  void theCertificateIsSelfSignedInTheVaultAndTheSameEveryTime() throws Exception {
    KeyVaultSigner cut = KeyVaultSigner.openOrCreate(client, "plugins", 2048);
    KeyVaultSigner again = KeyVaultSigner.openOrCreate(vault.keyClient(), "plugins", 2048);

    cut.certificate().verify(cut.publicKey());
    assertThat(cut.certificate().getPublicKey()).isEqualTo(cut.publicKey());
    assertThat(again.certificate().getEncoded()).isEqualTo(cut.certificate().getEncoded());
  }

  @Test
  void theEmulatorsCertificateIsTrustedByTheTestClientOnly() {
    KeyClient untrusting =
        KeyVaultSigner.vault(vault.url(), vault.credential())
            .disableChallengeResourceVerification()
            .retryOptions(new RetryOptions(new FixedDelayOptions(0, Duration.ZERO)))
            .buildClient();

    assertThatThrownBy(() -> KeyVaultSigner.openOrCreate(untrusting, "plugins", 2048))
        .isInstanceOf(SigningException.class)
        .satisfies(
            e ->
                assertThat(Stream.iterate(e, Objects::nonNull, Throwable::getCause))
                    .hasAtLeastOneElementOfType(SSLHandshakeException.class));
  }

  @Test
  void onlyKeySizesKeyVaultMakesAreAccepted() {
    assertThatThrownBy(() -> KeyVaultSigner.openOrCreate(client, "plugins", 1024))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(vault.calls()).isEmpty();
  }

  private static boolean verifies(PublicKey key, byte[] data, byte[] signature) throws Exception {
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(key);
    verifier.update(data);
    return verifier.verify(signature);
  }
}

package com.collector.repository.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.Signature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKeyStoreSignerTest {

  @TempDir Path keys;

  @Test
  void signaturesVerifyWithThePublishedPublicKey() throws Exception {
    Signer cut = LocalKeyStoreSigner.openOrCreate(keys, "api-token", "CN=test");
    byte[] data = "payload".getBytes(StandardCharsets.UTF_8);

    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(cut.publicKey());
    verifier.update(data);

    assertThat(verifier.verify(cut.sign(data))).isTrue();
    assertThat(cut.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=test");
  }

  @Test
  void reopeningKeepsTheSameKeySoIssuedTokensStayValid() {
    Signer first = LocalKeyStoreSigner.openOrCreate(keys, "api-token", "CN=test");
    Signer second = LocalKeyStoreSigner.openOrCreate(keys, "api-token", "CN=test");

    assertThat(second.keyId()).isEqualTo(first.keyId());
    assertThat(second.publicKey()).isEqualTo(first.publicKey());
  }

  @Test
  void separateNamesGetSeparateKeys() {
    Signer tokens = LocalKeyStoreSigner.openOrCreate(keys, "api-token", "CN=a");
    Signer plugins = LocalKeyStoreSigner.openOrCreate(keys, "plugin", "CN=b");

    assertThat(tokens.keyId()).isNotEqualTo(plugins.keyId());
  }

  @Test
  void keyFilesAreReadableByTheOwnerOnly() throws Exception {
    Path directory = keys.resolve("keys");
    LocalKeyStoreSigner.openOrCreate(directory, "api-token", "CN=test");

    assertThat(Files.getPosixFilePermissions(directory))
        .containsExactlyInAnyOrder(
            PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_EXECUTE);
    assertThat(Files.getPosixFilePermissions(directory.resolve("api-token.p12")))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(Files.getPosixFilePermissions(directory.resolve("api-token.password")))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void keyFilesInAnExistingDirectoryAreReadableByTheOwnerOnly() throws Exception {
    LocalKeyStoreSigner.openOrCreate(keys, "api-token", "CN=test");

    assertThat(Files.getPosixFilePermissions(keys.resolve("api-token.p12")))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(Files.getPosixFilePermissions(keys.resolve("api-token.password")))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }
}

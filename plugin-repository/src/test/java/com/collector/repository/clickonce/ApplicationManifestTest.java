package com.collector.repository.clickonce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The reader against a manifest Microsoft's tooling wrote (see the shared fixtures' README). */
class ApplicationManifestTest {

  @Test
  void readsARealSignedApplicationManifest() throws Exception {
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("real-signed-app.exe.manifest")) {
      bytes = in.readAllBytes();
    }

    ApplicationManifest manifest =
        ApplicationManifest.parse("Application Files/App_1_0_0_18/app.exe.manifest", bytes);

    assertThat(manifest.folder()).isEqualTo("Application Files/App_1_0_0_18/");
    assertThat(manifest.identity())
        .isEqualTo(
            new AssemblyIdentity(
                "bitcoinminiermachine.exe",
                "1.0.0.18",
                "33ceee8f3f6b9ab8",
                "neutral",
                "msil",
                "win32"));
    assertThat(manifest.files())
        .containsExactly(
            new DeclaredFile(
                "bitcoinminiermachine.exe",
                795608,
                new DeclaredDigest(
                    ManifestXml.SHA256, "ec+FSO56eWVcvOF0bVHylYhNAXl1IFMh4c7Tu+3Zt2A=")),
            new DeclaredFile(
                "bitcoinminiermachine.exe.config",
                189,
                new DeclaredDigest(
                    ManifestXml.SHA256, "R+Wg8QGvQVHX8T0ta/qbhH1bXkqY0fRnS3wBV3J0bN8=")),
            new DeclaredFile(
                "logo.ico",
                31620,
                new DeclaredDigest(
                    ManifestXml.SHA256, "1y/iKWTLJnzXohzxwU7irixY9Xv/2/dzM2DbLoqA48g=")));
  }
}

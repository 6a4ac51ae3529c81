package com.collector.repository.clickonce;

import static com.collector.repository.clickonce.PublishFixture.APP_MANIFEST;
import static com.collector.repository.clickonce.PublishFixture.FOLDER;
import static com.collector.repository.clickonce.PublishFixture.publish;
import static org.assertj.core.api.Assertions.assertThat;

import com.collector.repository.versions.AppVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a publish is refused: the field named, the message, and nothing left behind. */
class ClickOncePublishRefusalTest {

  @TempDir Path temp;
  Path uploads;
  Path hosted;
  ClickOncePublishIngest cut = new ClickOncePublishIngest(ClickOncePublishIngest.defaultLimits());

  @BeforeEach
  void directories() throws IOException {
    uploads = Files.createDirectory(temp.resolve("uploads"));
    hosted = Files.createDirectory(temp.resolve("hosted"));
  }

  private Refusal refuse(PublishFixture fixture) {
    return Refusal.of(cut, fixture, uploads, hosted);
  }

  private Refusal refuse(byte[] zip) {
    return Refusal.of(cut, zip, ClickOncePublishIngestTest.RELEASE, uploads, hosted);
  }

  @Test
  void aListedFileMissing() {
    refuse(publish().omit("Collector.dll"))
        .hasField("file")
        .hasMessageContaining("'Collector.dll', listed by the application manifest")
        .hasMessageContaining("'" + FOLDER + "Collector.dll.deploy'");
  }

  @Test
  void aListedFileWithoutItsDeploySuffix() {
    PublishFixture plain = publish().mapFileExtensions(false);
    Map<String, byte[]> entries = plain.entries();
    // A deployment that maps extensions, over files stored without .deploy.
    entries.put(
        "Collector.application", publish().deploymentManifest().getBytes(StandardCharsets.UTF_8));
    refuse(PublishZips.zip(entries))
        .hasField("file")
        .hasMessageContaining("as '" + FOLDER + "Collector.exe.deploy'");
  }

  @Test
  void anOnlineOnlyDeploymentThatCouldNotBeMadeMandatory() {
    Map<String, byte[]> entries = publish().entries();
    String online = publish().deploymentManifest().replace("install=\"true\"", "install=\"false\"");
    entries.put("Collector.application", online.getBytes(StandardCharsets.UTF_8));
    refuse(PublishZips.zip(entries))
        .hasField("deploymentManifest")
        .hasMessageContaining("online-only");
  }

  @Test
  void aDeploymentIdentityOutsideAsmV1ThatCouldNotBeSigned() {
    Map<String, byte[]> entries = publish().entries();
    // Readers accept an asm.v2 identity; mansign2 (and the portal's signer) want the asm.v1 one.
    String asmV1 = publish().deploymentManifest();
    String asmV2 =
        asmV1.replace(
            "processorArchitecture=\"msil\" xmlns=\"urn:schemas-microsoft-com:asm.v1\" />",
            "processorArchitecture=\"msil\" />");
    assertThat(asmV2).isNotEqualTo(asmV1);
    entries.put("Collector.application", asmV2.getBytes(StandardCharsets.UTF_8));
    refuse(PublishZips.zip(entries))
        .hasField("deploymentManifest")
        .hasMessageContaining("no asm.v1 assemblyIdentity");
  }

  @Test
  void aFileOfAnotherSize() {
    refuse(publish().declaredSize("de\\Collector.resources.dll", 699))
        .hasField("file.size")
        .hasMessageContaining(
            "'"
                + FOLDER
                + "de/Collector.resources.dll.deploy' has 700 bytes, the application"
                + " manifest declares 699");
  }

  @Test
  void aFileWithAnotherDigest() {
    refuse(publish().corrupt("logo.ico"))
        .hasField("file.hash")
        .hasMessageContaining("'" + FOLDER + "logo.ico.deploy' has the SHA-256 digest");
  }

  @Test
  void theFirstMismatchIsReported() {
    refuse(publish().corrupt("Collector.dll").omit("logo.ico"))
        .hasField("file.hash")
        .hasMessageContaining("Collector.dll.deploy");
  }

  @Test
  void anApplicationManifestWithAnotherDigest() {
    refuse(publish().tamperApplicationManifest(xml -> xml.replace("logo.ico\"", "logo.icx\"")))
        .hasField("applicationManifest.hash")
        .hasMessageContaining("'" + APP_MANIFEST + "' has the SHA-256 digest")
        .hasMessageContaining("the deployment manifest declares");
  }

  @Test
  void anApplicationManifestOfAnotherSize() {
    refuse(publish().tamperApplicationManifest(xml -> xml + "<!-- -->"))
        .hasField("applicationManifest.size")
        .hasMessageContaining("the deployment manifest declares");
  }

  @Test
  void anApplicationManifestMissing() {
    refuse(publish().withoutApplicationManifest())
        .hasField("applicationManifest")
        .hasMessageContaining("'" + APP_MANIFEST + "', which the deployment manifest installs");
  }

  @Test
  void aDeploymentVersionOtherThanTheRelease() {
    refuse(publish().deploymentVersion("1.2.3.5").applicationVersion("1.2.3.5"))
        .hasField("deploymentManifest.version")
        .hasMessageContaining("is '1.2.3.5', the release is '1.2.3.4'");
  }

  @Test
  void anApplicationVersionOtherThanTheDeployment() {
    refuse(publish().applicationVersion("1.2.3.5"))
        .hasField("applicationManifest.version")
        .hasMessageContaining("is '1.2.3.5', the deployment manifest's is '1.2.3.4'");
  }

  @Test
  void anApplicationVersionOtherThanTheRelease() {
    byte[] zip = publish().applicationVersion("1.2.3.5").dependencyVersion("1.2.3.5").zip();
    Refusal.of(cut, zip, AppVersion.parse("1.2.3.5"), uploads, hosted)
        .hasField("deploymentManifest.version")
        .hasMessageContaining("is '1.2.3.4', the release is '1.2.3.5'");
  }

  @Test
  void aDependencyVersionOtherThanTheApplicationManifest() {
    refuse(publish().dependencyVersion("1.2.3.3"))
        .hasField("applicationManifest.version")
        .hasMessageContaining("the deployment manifest's dependency names '1.2.3.3'");
  }

  @Test
  void noDeploymentManifest() {
    Map<String, byte[]> entries = publish().entries();
    entries.remove("Collector.application");
    refuse(PublishZips.zip(entries))
        .hasField("deploymentManifest")
        .hasMessageContaining("exactly one *.application at its root, it holds none");
  }

  @Test
  void twoDeploymentManifests() {
    refuse(publish().entry("Other.application", new byte[] {1}))
        .hasField("deploymentManifest")
        .hasMessageContaining("[Collector.application, Other.application]");
  }

  @Test
  void aDeploymentManifestWithADoctype() {
    Map<String, byte[]> entries = publish().entries();
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>";
    entries.put("Collector.application", xxe.getBytes(StandardCharsets.UTF_8));
    refuse(PublishZips.zip(entries))
        .hasField("deploymentManifest")
        .hasMessageContaining("is not well-formed XML (or has a DTD)");
  }

  @Test
  void aManifestPathLeavingTheFolder() {
    PublishFixture fixture = publish();
    fixture.files().put("..\\..\\evil.txt", new byte[] {1, 2, 3});
    refuse(fixture.omit("..\\..\\evil.txt"))
        .hasField("file")
        .hasMessageContaining("'..\\..\\evil.txt' has an empty, '.' or '..'");
  }

  @Test
  void zipSlipWithDotDot() {
    refuse(publish().entry("Application Files/../../evil.dll", new byte[] {1}))
        .hasField("zip")
        .hasMessageContaining("has a '..' segment");
  }

  @Test
  void zipSlipWithAnAbsolutePath() {
    refuse(publish().entry("/etc/cron.d/evil", new byte[] {1}))
        .hasField("zip")
        .hasMessageContaining("is an absolute path");
  }

  @Test
  void zipSlipWithABackslash() {
    refuse(publish().entry("..\\evil.dll", new byte[] {1}))
        .hasField("zip")
        .hasMessageContaining("contains a backslash");
  }

  @Test
  void aSymbolicLink() {
    byte[] zip = PublishZips.withUnixMode(publish().zip(), "setup.exe", 0120777);
    refuse(zip).hasField("zip").hasMessageContaining("entry 'setup.exe' is a symbolic link");
  }

  @Test
  void tooManyEntries() {
    cut = new ClickOncePublishIngest(ClickOncePublishIngest.defaultLimits().withMaxEntries(5));
    refuse(publish()).hasField("zip").hasMessageContaining("more than 5");
  }

  @Test
  void tooLargeWhenInflatedLeavesNothingHalfExtracted() {
    cut =
        new ClickOncePublishIngest(
            ClickOncePublishIngest.defaultLimits().withMaxUncompressedBytes(8_000));
    refuse(publish()).hasField("zip").hasMessageContaining("inflates to more than 8000 bytes");
  }

  @Test
  void anApplicationIdentityOtherThanTheDeploymentNames() {
    PublishFixture fixture = publish();
    Map<String, byte[]> entries = fixture.entries();
    String renamed =
        fixture.deploymentManifest().replace("name=\"Collector.exe\"", "name=\"Other.exe\"");
    entries.put("Collector.application", renamed.getBytes(StandardCharsets.UTF_8));
    refuse(PublishZips.zip(entries))
        .hasField("applicationManifest.identity")
        .hasMessageContaining("name=Other.exe");
  }

  @Test
  void anUnsupportedDigestAlgorithm() {
    refuse(publish().editApplicationManifest(xml -> xml.replaceFirst("#sha256", "#sha512")))
        .hasField("applicationManifest")
        .hasMessageContaining(
            "unsupported digest algorithm 'http://www.w3.org/2000/09/xmldsig#sha512'");
  }

  @Test
  void aTransformOtherThanIdentity() {
    refuse(
            publish()
                .editApplicationManifest(
                    xml ->
                        xml.replaceFirst(
                            "HashTransforms.Identity", "HashTransforms.ManifestInvariant")))
        .hasField("applicationManifest")
        .hasMessageContaining("unsupported transform");
  }
}

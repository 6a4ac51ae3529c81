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
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClickOncePublishIngestTest {

  static final AppVersion RELEASE = AppVersion.parse(PublishFixture.VERSION);

  @TempDir Path temp;
  Path uploads;
  Path hosted;
  ClickOncePublishIngest cut = new ClickOncePublishIngest(ClickOncePublishIngest.defaultLimits());

  @BeforeEach
  void directories() throws IOException {
    uploads = Files.createDirectory(temp.resolve("uploads"));
    hosted = Files.createDirectory(temp.resolve("hosted"));
  }

  @Test
  void ingestsAPublishWithDeploySuffixes() throws Exception {
    PublishFixture fixture = publish();
    Path target = hosted.resolve("1.2.3.4");

    ClickOncePublish result = cut.ingest(fixture.writeTo(uploads), RELEASE, target);

    assertThat(result.version()).isEqualTo(RELEASE);
    assertThat(result.directory()).isEqualTo(target.toAbsolutePath());
    assertThat(result.deploymentManifest().entryName()).isEqualTo("Collector.application");
    assertThat(result.deploymentManifest().identity().name()).isEqualTo("Collector.application");
    assertThat(result.deploymentManifest().mapFileExtensions()).isTrue();
    assertThat(result.deploymentManifest().bytes())
        .isEqualTo(fixture.deploymentManifest().getBytes(StandardCharsets.UTF_8));
    assertThat(result.applicationManifest().entryName()).isEqualTo(APP_MANIFEST);
    assertThat(result.applicationManifest().identity().name()).isEqualTo("Collector.exe");
    assertThat(result.applicationManifest().identity().version()).isEqualTo("1.2.3.4");
    assertThat(result.applicationManifest().identity().type()).isEqualTo("win32");
    assertThat(result.payload())
        .extracting(PayloadFile::entryName)
        .containsExactly(
            FOLDER + "Collector.exe.deploy",
            FOLDER + "Collector.dll.deploy",
            FOLDER + "de/Collector.resources.dll.deploy",
            FOLDER + "Collector.runtimeconfig.json.deploy",
            FOLDER + "Collector.deps.json.deploy",
            FOLDER + "logo.ico.deploy");
    PayloadFile resources = result.payload().get(2);
    byte[] content = fixture.files().get("de\\Collector.resources.dll");
    assertThat(resources.logicalName()).isEqualTo("de/Collector.resources.dll");
    assertThat(resources.size()).isEqualTo(content.length);
    assertThat(resources.sha256()).isEqualTo(sha256Hex(content));
    assertThat(resources.digestAlgorithm()).isEqualTo("http://www.w3.org/2000/09/xmldsig#sha256");
    assertThat(result.otherEntries())
        .containsExactly("setup.exe", FOLDER + "Collector.application");
    assertThat(target.resolve(resources.entryName())).hasBinaryContent(content);
    assertThat(target.resolve("Collector.application")).exists();
    assertThat(listing(hosted)).containsExactly("1.2.3.4");
  }

  @Test
  void ingestsAPublishWithoutDeploySuffixes() {
    PublishFixture fixture = publish().mapFileExtensions(false);

    ClickOncePublish result = cut.ingest(fixture.writeTo(uploads), RELEASE, hosted.resolve("v"));

    assertThat(result.deploymentManifest().mapFileExtensions()).isFalse();
    assertThat(result.payload())
        .extracting(PayloadFile::entryName)
        .contains(FOLDER + "Collector.dll", FOLDER + "de/Collector.resources.dll")
        .noneMatch(name -> name.endsWith(".deploy"));
    assertThat(hosted.resolve("v").resolve(FOLDER + "Collector.dll"))
        .hasBinaryContent(fixture.files().get("Collector.dll"));
  }

  @Test
  void acceptsSha1DigestsWhenDeclared() {
    PublishFixture fixture = publish().sha1("Collector.dll").sha1("logo.ico");

    ClickOncePublish result = cut.ingest(fixture.writeTo(uploads), RELEASE, hosted.resolve("v"));

    assertThat(result.payload())
        .filteredOn(file -> file.logicalName().equals("Collector.dll"))
        .singleElement()
        .satisfies(
            file -> {
              assertThat(file.digestAlgorithm())
                  .isEqualTo("http://www.w3.org/2000/09/xmldsig#sha1");
              assertThat(file.sha256()).isEqualTo(sha256Hex(fixture.files().get("Collector.dll")));
            });
  }

  @Test
  void refusesAWrongSha1Digest() {
    Refusal.of(cut, publish().sha1("logo.ico").corrupt("logo.ico"), uploads, hosted)
        .hasField("file.hash")
        .hasMessageContaining("'" + FOLDER + "logo.ico.deploy' has the SHA-1 digest");
  }

  @Test
  void theTargetMustNotExist() throws IOException {
    Path existing = Files.createDirectory(hosted.resolve("taken"));
    Path zip = publish().writeTo(uploads);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> cut.ingest(zip, RELEASE, existing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exists already");
  }

  static String sha256Hex(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  static java.util.List<String> listing(Path directory) throws IOException {
    try (Stream<Path> children = Files.list(directory)) {
      return children.map(p -> p.getFileName().toString()).toList();
    }
  }
}

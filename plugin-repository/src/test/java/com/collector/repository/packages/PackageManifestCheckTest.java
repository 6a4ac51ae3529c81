package com.collector.repository.packages;

import static com.collector.repository.packages.TestZips.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.repository.versions.PluginVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest as the inspector checks it against the release being published. */
class PackageManifestCheckTest {

  @TempDir Path dir;

  private final PluginPackageInspector cut = new PluginPackageInspector(PackageLimits.defaults());

  private AbstractThrowableAssert<?, ?> assertRefused(
      TestZips zip, String expectedVersion, String field) throws IOException {
    Path file = Files.write(Files.createTempFile(dir, "package", ".zip"), zip.bytes());
    return assertThatThrownBy(() -> cut.inspect(file, ID, PluginVersion.parse(expectedVersion)))
        .isInstanceOfSatisfying(
            PackageRefusedException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void requiresTheManifestAtTheRoot() throws IOException {
    assertRefused(TestZips.empty().with("lib/x.dll", "x"), "2.1.0", "manifest")
        .hasMessageContaining("has no collector-plugin.json at its root");
    assertRefused(
            TestZips.empty()
                .with("sub/" + PluginManifest.FILE_NAME, TestZips.manifest(ID, "2.1.0")),
            "2.1.0",
            "manifest")
        .hasMessageContaining("has no collector-plugin.json");
  }

  @Test
  void refusesAManifestForAnotherPlugin() throws IOException {
    TestZips other =
        TestZips.empty().with(PluginManifest.FILE_NAME, TestZips.manifest("other-plugin", "2.1.0"));

    assertRefused(other, "2.1.0", "manifest.id")
        .hasMessage("manifest.id: is 'other-plugin', the release is for 'ocr-extractor'");
  }

  @Test
  void refusesAManifestForAnotherVersionIncludingBuildMetadata() throws IOException {
    assertRefused(TestZips.plugin(), "2.1.1", "manifest.version")
        .hasMessage("manifest.version: is '2.1.0', the release is '2.1.1'");
    TestZips withBuild =
        TestZips.empty().with(PluginManifest.FILE_NAME, TestZips.manifest(ID, "2.1.0+build.7"));
    assertRefused(withBuild, "2.1.0+build.8", "manifest.version");
    assertRefused(withBuild, "2.1.0", "manifest.version");
  }

  @Test
  void reportsTheManifestMemberThatIsWrong() throws IOException {
    assertRefused(manifest("{\"id\": \"ocr-extractor\""), "2.1.0", "manifest")
        .hasMessageContaining("is not valid JSON");
    assertRefused(manifest("[]"), "2.1.0", "manifest");
    assertRefused(manifest("{\"version\": \"2.1.0\"}"), "2.1.0", "manifest.id");
    assertRefused(manifest("{\"id\": \"../x\", \"version\": \"2.1.0\"}"), "2.1.0", "manifest.id");
    assertRefused(manifest("{\"id\": \"ocr-extractor\"}"), "2.1.0", "manifest.version");
    assertRefused(
            manifest("{\"id\": \"ocr-extractor\", \"version\": 2}"), "2.1.0", "manifest.version")
        .hasMessage("manifest.version: must be a string");
    assertRefused(
        manifest("{\"id\": \"ocr-extractor\", \"version\": \"2.1\"}"), "2.1.0", "manifest.version");
    assertRefused(
        manifest(member("\"minAppVersion\": \"4.2\"")), "2.1.0", "manifest.minAppVersion");
    assertRefused(
        manifest(member("\"minAppVersion\": \"5.0.0.0\", \"maxAppVersion\": \"4.0.0.0\"")),
        "2.1.0",
        "manifest.maxAppVersion");
    assertRefused(manifest(member("\"name\": \" \"")), "2.1.0", "manifest.name");
  }

  @Test
  void refusesAnOversizedManifest() throws IOException {
    String padded = member("\"notes\": \"" + "x".repeat(70_000) + "\"");

    assertRefused(manifest(padded), "2.1.0", "manifest").hasMessageContaining("larger than");
  }

  private static String member(String extra) {
    return "{\"id\": \"ocr-extractor\", \"version\": \"2.1.0\", " + extra + "}";
  }

  private static TestZips manifest(String json) {
    return TestZips.empty().with(PluginManifest.FILE_NAME, json);
  }
}

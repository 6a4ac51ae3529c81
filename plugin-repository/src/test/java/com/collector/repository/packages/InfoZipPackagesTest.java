package com.collector.repository.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.repository.versions.PluginVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages made by Info-ZIP's {@code zip} (sizes in the local headers, unix attributes), not by the
 * JDK: {@code zip -r -y} stores {@code lib/link -> /etc/passwd} as a symbolic link entry.
 */
class InfoZipPackagesTest {

  @TempDir Path dir;

  private final PluginPackageInspector cut = new PluginPackageInspector(PackageLimits.defaults());

  private Path resource(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/packages/" + name)) {
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    }
  }

  @Test
  void acceptsAPlainPackage() throws IOException {
    InspectedPackage result =
        cut.inspect(resource("infozip-good.zip"), "ocr-extractor", PluginVersion.parse("2.1.0"));

    assertThat(result.files())
        .extracting(PackageEntry::name)
        .containsExactly(PluginManifest.FILE_NAME, "lib/a.dll");
  }

  @Test
  void refusesTheSymbolicLinkItStored() throws IOException {
    Path file = resource("infozip-symlink.zip");

    assertThatThrownBy(() -> cut.inspect(file, "ocr-extractor", PluginVersion.parse("2.1.0")))
        .isInstanceOf(PackageRefusedException.class)
        .hasMessage("package: entry 'lib/link' is a symbolic link");
  }
}

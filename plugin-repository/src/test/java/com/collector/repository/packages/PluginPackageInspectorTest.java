package com.collector.repository.packages;

import static com.collector.repository.packages.TestZips.ID;
import static com.collector.repository.packages.TestZips.VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.repository.versions.AppVersion;
import com.collector.repository.versions.PluginVersion;
import com.collector.repository.versions.VersionRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PluginPackageInspectorTest {

  @TempDir Path dir;

  private final PluginPackageInspector cut = new PluginPackageInspector(PackageLimits.defaults());

  private Path file(byte[] zip) throws IOException {
    return Files.write(Files.createTempFile(dir, "package", ".zip"), zip);
  }

  private InspectedPackage inspect(byte[] zip) throws IOException {
    return cut.inspect(file(zip), ID, PluginVersion.parse(VERSION));
  }

  private AbstractThrowableAssert<?, ?> assertRefused(byte[] zip, String field) {
    return assertThatThrownBy(() -> inspect(zip))
        .isInstanceOfSatisfying(
            PackageRefusedException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void acceptsAGoodPackageAndDescribesIt() throws Exception {
    String manifest =
        "{\"id\":\"ocr-extractor\",\"version\":\"2.1.0\",\"name\":\"OCR extractor\","
            + "\"minAppVersion\":\"4.2.0.0\",\"future\":[1,{\"x\":null}]}";
    byte[] zip =
        TestZips.empty()
            .with(PluginManifest.FILE_NAME, manifest)
            .with("lib/", new byte[0])
            .with("lib/Ocr.Plugin.dll", new byte[5000])
            .with("README.txt", "read me")
            .stored("lib/native.bin", new byte[] {1, 2, 3})
            .bytes();
    Path file = file(zip);

    InspectedPackage result = cut.inspect(file, ID, PluginVersion.parse(VERSION));

    assertThat(result.manifest().id()).isEqualTo(ID);
    assertThat(result.manifest().version()).hasToString(VERSION);
    assertThat(result.manifest().name()).contains("OCR extractor");
    assertThat(result.manifest().appVersions())
        .isEqualTo(VersionRange.of(AppVersion.parse("4.2.0.0"), null));
    assertThat(result.files())
        .containsExactly(
            new PackageEntry(PluginManifest.FILE_NAME, manifest.length()),
            new PackageEntry("lib/Ocr.Plugin.dll", 5000),
            new PackageEntry("README.txt", 7),
            new PackageEntry("lib/native.bin", 3));
    assertThat(result.entryCount()).isEqualTo(5);
    assertThat(result.uncompressedBytes()).isEqualTo(manifest.length() + 5010);
    assertThat(result.size()).isEqualTo(zip.length);
    assertThat(result.sha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip)));
  }

  @Test
  void refusesZipSlip() throws IOException {
    assertRefused(TestZips.plugin().with("../evil.dll", "x").bytes(), "package")
        .hasMessageContaining("'../evil.dll'")
        .hasMessageContaining("'..' segment");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/etc/cron.d/evil",
        "C:/Windows/System32/evil.dll",
        "lib\\..\\..\\evil.dll",
        "lib/../../evil.dll",
        "lib/./x.dll",
        "lib//x.dll",
        "lib/x.dll:hidden",
        "lib/CON.txt",
        "lib/x.dll.",
        "lib/x\u0000.dll",
        "lib/evil\u202egnp.dll",
        "a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q.dll"
      })
  void refusesUnsafeEntryNames(String name) throws IOException {
    assertRefused(TestZips.plugin().with(name, "x").bytes(), "package")
        .hasMessageContaining("entry '");
  }

  @Test
  void refusesASymbolicLinkMarkedInTheCentralDirectory() throws IOException {
    byte[] zip = TestZips.plugin().with("lib/link.dll", "/etc/passwd").bytes();

    assertRefused(TestZips.withUnixMode(zip, "lib/link.dll", 0120777), "package")
        .hasMessageContaining("'lib/link.dll' is a symbolic link");
    assertRefused(TestZips.withUnixMode(zip, "lib/link.dll", 0010644), "package")
        .hasMessageContaining("not a regular file");
    // The same crafting with a regular file's mode passes: only the link type is refused.
    assertThat(inspect(TestZips.withUnixMode(zip, "lib/link.dll", 0100644)).files()).hasSize(2);
  }

  @Test
  void refusesAWindowsReparsePoint() throws IOException {
    byte[] zip = TestZips.plugin().with("lib/junction", "x").bytes();

    assertRefused(TestZips.patchCentral(zip, "lib/junction", h -> h.putInt(38, 0x400)), "package")
        .hasMessageContaining("reparse point");
  }

  @Test
  void refusesDuplicateEntriesAlsoWhenOnlyTheCaseDiffers() throws IOException {
    byte[] exact = TestZips.plugin().with("lib/a.dll", "1").with("lib/b.dll", "2").bytes();

    assertRefused(TestZips.replaceEverywhere(exact, "lib/b.dll", "lib/a.dll"), "package")
        .hasMessageContaining("occurs twice");
    assertRefused(
            TestZips.plugin().with("README.txt", "1").with("readme.TXT", "2").bytes(), "package")
        .hasMessageContaining("occurs twice");
    assertRefused(TestZips.plugin().with("lib", "1").with("lib/x.dll", "2").bytes(), "package")
        .hasMessageContaining("both a file and a directory");
  }

  @Test
  void refusesMoreEntriesThanTheLimit() throws IOException {
    TestZips six = TestZips.plugin();
    for (int i = 1; i <= 5; i++) {
      six.with("lib/" + i + ".dll", "x");
    }
    PluginPackageInspector five =
        new PluginPackageInspector(PackageLimits.defaults().withMaxEntries(5));

    assertThatThrownBy(() -> five.inspect(file(six.bytes()), ID, PluginVersion.parse(VERSION)))
        .isInstanceOf(PackageRefusedException.class)
        .hasMessage("package: has 6 entries, more than 5");
    assertThat(
            new PluginPackageInspector(PackageLimits.defaults().withMaxEntries(6))
                .inspect(file(six.bytes()), ID, PluginVersion.parse(VERSION))
                .entryCount())
        .isEqualTo(6);
  }

  @Test
  void refusesMoreInflatedBytesThanTheLimitCountingWhatActuallyComesOut() throws IOException {
    byte[] incompressible = new byte[2_000_000];
    new Random(5).nextBytes(incompressible);
    byte[] zip = TestZips.plugin().with("lib/big.bin", incompressible).bytes();
    PluginPackageInspector oneMegabyte =
        new PluginPackageInspector(PackageLimits.defaults().withMaxUncompressedBytes(1_000_000));

    assertThatThrownBy(() -> oneMegabyte.inspect(file(zip), ID, PluginVersion.parse(VERSION)))
        .isInstanceOf(PackageRefusedException.class)
        .hasMessage("package: inflates to more than 1000000 bytes");
  }

  @Test
  void refusesAnEntryThatInflatesBeyondTheSizeItsHeaderClaims() throws IOException {
    byte[] zip = TestZips.plugin().with("lib/data.txt", "abc".repeat(100_000)).bytes();

    assertRefused(TestZips.patchCentral(zip, "lib/data.txt", h -> h.putInt(24, 1000)), "package")
        .hasMessageContaining("inflates to more than the 1000 bytes it declares");
  }

  @Test
  void refusesAZipBombEarly() throws IOException {
    Path bomb = dir.resolve("bomb.zip");
    ZipBombs.writeZeros(bomb, 200L << 20, TestZips.manifest(ID, VERSION));
    assertThat(Files.size(bomb)).isLessThan(1L << 20);

    long start = System.nanoTime();
    assertThatThrownBy(() -> cut.inspect(bomb, ID, PluginVersion.parse(VERSION)))
        .isInstanceOf(PackageRefusedException.class)
        .hasMessageContaining("zip bomb");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
  }

  @Test
  void refusesLocalEntriesThatDifferFromTheCentralDirectory() throws IOException {
    byte[] zip = TestZips.plugin().with("lib/a.dll", "1").bytes();

    assertRefused(
            TestZips.patchCentral(zip, "lib/a.dll", h -> h.put(46 + 4, (byte) 'b')), "package")
        .hasMessageContaining("do not match the central directory");
  }

  @Test
  void refusesEntriesThatOverlapOrHideBytesBetweenThem() throws IOException {
    byte[] zip = TestZips.plugin().with("lib/a.dll", "1").stored("lib/b.dll", new byte[10]).bytes();
    int first = centralInt(zip, "lib/a.dll", 42);

    // Two directory entries over the same local data: the classic overlapping zip bomb.
    assertRefused(TestZips.patchCentral(zip, "lib/b.dll", h -> h.putInt(42, first)), "package")
        .hasMessageContaining("'lib/b.dll' overlaps another one or leaves a gap");
    assertRefused(
            TestZips.patchCentral(zip, PluginManifest.FILE_NAME, h -> h.putInt(42, 1)), "package")
        .hasMessageContaining("overlaps another one or leaves a gap");
    assertRefused(TestZips.patchCentral(zip, "lib/b.dll", h -> h.putInt(20, 5)), "package");
  }

  private static int centralInt(byte[] zip, String name, int offset) {
    int[] value = new int[1];
    TestZips.patchCentral(zip, name, h -> value[0] = h.getInt(offset));
    return value[0];
  }

  @Test
  void refusesWhatIsNotAZipOrTooLarge() throws IOException {
    byte[] noise = new byte[5000];
    new Random(6).nextBytes(noise);
    byte[] good = TestZips.plugin().bytes();
    PluginPackageInspector small =
        new PluginPackageInspector(PackageLimits.defaults().withMaxPackageBytes(good.length - 1));

    assertRefused(noise, "package").hasMessageContaining("not a zip");
    assertRefused(new byte[0], "package");
    assertThatThrownBy(() -> small.inspect(file(good), ID, PluginVersion.parse(VERSION)))
        .isInstanceOf(PackageRefusedException.class)
        .hasMessageContaining("is larger than");
  }
}

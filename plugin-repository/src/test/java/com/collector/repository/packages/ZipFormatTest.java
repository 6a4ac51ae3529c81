package com.collector.repository.packages;

import static com.collector.repository.packages.TestZips.ID;
import static com.collector.repository.packages.TestZips.VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.repository.versions.PluginVersion;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zip features a package must not use, and the encodings it may. */
class ZipFormatTest {

  @TempDir Path dir;

  private final PluginPackageInspector cut = new PluginPackageInspector(PackageLimits.defaults());

  private InspectedPackage inspect(byte[] zip) throws IOException {
    Path file = Files.write(Files.createTempFile(dir, "package", ".zip"), zip);
    return cut.inspect(file, ID, PluginVersion.parse(VERSION));
  }

  private AbstractThrowableAssert<?, ?> assertRefused(byte[] zip) {
    return assertThatThrownBy(() -> inspect(zip))
        .isInstanceOfSatisfying(
            PackageRefusedException.class, e -> assertThat(e.field()).isEqualTo("package"));
  }

  @Test
  void acceptsUtf8NamesFlaggedAsSuch() throws IOException {
    byte[] zip = TestZips.plugin().with("lib/Überprüfung.dll", "x").bytes();

    assertThat(inspect(zip).files()).extracting(PackageEntry::name).contains("lib/Überprüfung.dll");
  }

  @Test
  void refusesNonAsciiNamesWithoutTheUtf8Flag() {
    byte[] zip = TestZips.plugin().with("lib/Überprüfung.dll", "x").bytes();
    byte[] unflagged =
        TestZips.patchCentral(
            zip, "lib/Überprüfung.dll", h -> h.putShort(8, (short) (h.getShort(8) & ~0x800)));

    assertRefused(unflagged).hasMessageContaining("neither ASCII nor flagged as UTF-8");
  }

  @Test
  void refusesEncryptedEntriesAndUnknownCompressionMethods() {
    byte[] zip = TestZips.plugin().with("lib/a.dll", "x").bytes();

    assertRefused(TestZips.patchCentral(zip, "lib/a.dll", h -> h.putShort(8, (short) 9)))
        .hasMessageContaining("is encrypted");
    assertRefused(TestZips.patchCentral(zip, "lib/a.dll", h -> h.putShort(10, (short) 12)))
        .hasMessageContaining("compression method 12");
  }

  @Test
  void refusesZip64Markers() {
    byte[] zip = TestZips.plugin().with("lib/a.dll", "x").bytes();

    assertRefused(TestZips.patchCentral(zip, "lib/a.dll", h -> h.putInt(24, -1)))
        .hasMessageContaining("ZIP64");
  }

  @Test
  void findsTheDirectoryBehindAnArchiveComment() throws IOException {
    byte[] zip = TestZips.plugin().bytes();
    byte[] comment = "built by the release pipeline".getBytes(StandardCharsets.US_ASCII);
    ByteBuffer commented =
        ByteBuffer.allocate(zip.length + comment.length).order(ByteOrder.LITTLE_ENDIAN);
    commented.put(zip).put(comment).putShort(zip.length - 2, (short) comment.length);

    assertThat(inspect(commented.array()).manifest().id()).isEqualTo(ID);
  }

  @Test
  void refusesBytesHiddenBetweenTheLastHeaderAndTheEndRecord() {
    byte[] zip = TestZips.plugin().bytes();
    int endRecord = zip.length - 22;
    ByteBuffer padded = ByteBuffer.allocate(zip.length + 46).order(ByteOrder.LITTLE_ENDIAN);
    padded.put(zip, 0, endRecord).put(new byte[46]).put(zip, endRecord, 22);
    int directorySize = padded.getInt(endRecord + 46 + 12);
    padded.putInt(endRecord + 46 + 12, directorySize + 46);

    assertRefused(padded.array()).hasMessageContaining("bytes beyond its entries");
  }

  @Test
  void refusesATruncatedPackage() {
    byte[] zip = TestZips.plugin().with("lib/a.dll", "x".repeat(1000)).bytes();
    byte[] truncated = java.util.Arrays.copyOf(zip, zip.length - 30);

    assertRefused(truncated);
  }

  @Test
  void toleratesAByteOrderMarkButNotOtherEncodingsInTheManifest() throws IOException {
    String json = TestZips.manifest(ID, VERSION);
    byte[] withBom = TestZips.empty().with(PluginManifest.FILE_NAME, "\uFEFF" + json).bytes();
    byte[] latin1 =
        TestZips.empty()
            .with(
                PluginManifest.FILE_NAME,
                json.replace("OCR", "ÖCR").getBytes(StandardCharsets.ISO_8859_1))
            .bytes();

    assertThat(inspect(withBom).manifest().id()).isEqualTo(ID);
    assertThatThrownBy(() -> inspect(latin1))
        .isInstanceOf(PackageRefusedException.class)
        .hasMessage("manifest: is not UTF-8");
  }
}

package com.collector.repository.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckedZipTest {

  @TempDir Path temp;

  @Test
  void handsEveryFileToTheSinkOnce() throws IOException {
    Path zip = write(TestZips.empty().with("a.txt", "alpha").with("lib/b.dll", "beta").bytes());
    Map<String, ByteArrayOutputStream> seen = new HashMap<>();

    CheckedZip.Content content =
        CheckedZip.read(
            zip, PackageLimits.defaults(), name -> seen.computeIfAbsent(name, n -> new Copy()));

    assertThat(seen).containsOnlyKeys("a.txt", "lib/b.dll");
    assertThat(seen.get("lib/b.dll")).hasToString("beta");
    assertThat(content.files())
        .containsExactly(new PackageEntry("a.txt", 5), new PackageEntry("lib/b.dll", 4));
    assertThat(content.size()).isEqualTo(Files.size(zip));
  }

  @Test
  void aFailingSinkIsAnIoProblemNotARefusal() throws IOException {
    Path zip = write(TestZips.empty().with("a.txt", "alpha").bytes());
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            write(0);
          }
        };

    assertThatThrownBy(() -> CheckedZip.read(zip, PackageLimits.defaults(), name -> full))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("No space left on device");
  }

  private Path write(byte[] zip) throws IOException {
    return Files.write(temp.resolve("upload.zip"), zip);
  }

  /** Closing must not lose what was written; a plain buffer suits. */
  private static final class Copy extends ByteArrayOutputStream {}
}

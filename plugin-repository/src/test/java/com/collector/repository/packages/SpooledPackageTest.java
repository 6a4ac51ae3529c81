package com.collector.repository.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpooledPackageTest {

  @TempDir Path dir;

  private long filesLeft() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }

  @Test
  void keepsTheUploadUntilClosed() throws IOException {
    byte[] zip = TestZips.plugin().bytes();
    Path file;
    try (SpooledPackage cut = SpooledPackage.copy(new ByteArrayInputStream(zip), dir, zip.length);
        InputStream again = cut.open()) {
      file = cut.file();
      assertThat(Files.readAllBytes(file)).isEqualTo(zip);
      assertThat(again.readAllBytes()).isEqualTo(zip);
    }
    assertThat(file).doesNotExist();
  }

  @Test
  void refusesAnUploadAboveTheLimitAndDeletesWhatItWrote() throws IOException {
    assertThatThrownBy(() -> SpooledPackage.copy(new ByteArrayInputStream(new byte[101]), dir, 100))
        .isInstanceOfSatisfying(
            PackageRefusedException.class, e -> assertThat(e.field()).isEqualTo("package"));
    assertThat(filesLeft()).isZero();
  }

  @Test
  void deletesWhatItWroteWhenTheUploadBreaksOff() throws IOException {
    InputStream breaksOff =
        new InputStream() {
          private int delivered;

          @Override
          public int read() throws IOException {
            if (delivered++ > 1000) {
              throw new IOException("connection reset");
            }
            return 'x';
          }
        };

    assertThatThrownBy(() -> SpooledPackage.copy(breaksOff, dir, 1_000_000))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(filesLeft()).isZero();
  }
}

package com.collector.repository.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the file system, plus its file layout and temporary files. */
class FileSystemBlobStoreTest extends BlobStoreContractTest {

  @TempDir Path root;

  @Override
  protected BlobStore newStore() {
    return new FileSystemBlobStore(root);
  }

  @Override
  protected long storedObjects() throws IOException {
    return allFiles().size();
  }

  private List<Path> allFiles() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void keepsABlobAtItsHashUnderADirectoryOfItsFirstTwoDigits() throws IOException {
    StoredBlob blob = cut.put(new ByteArrayInputStream(randomBytes(1000, 7)), LIMIT);

    assertThat(allFiles())
        .containsExactly(root.resolve(blob.sha256().substring(0, 2)).resolve(blob.sha256()));
  }

  @Test
  void namesTheFileOfAStoredBlobForSendfileAndNothingForAMissingOne() throws IOException {
    byte[] content = randomBytes(5000, 11);
    StoredBlob blob = cut.put(new ByteArrayInputStream(content), LIMIT);

    assertThat(cut.localFile(blob.sha256()))
        .hasValueSatisfying(file -> assertThat(file).hasBinaryContent(content));
    assertThat(cut.localFile("0".repeat(64))).isEmpty();
    assertThatThrownBy(() -> cut.localFile("../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writesAnUploadInProgressOnlyToATemporaryFile() throws IOException {
    byte[] content = randomBytes(3_000_000, 3);
    List<Path> seenMidway = new ArrayList<>();

    assertThatThrownBy(
            () ->
                cut.put(
                    new FailingStream(content, 2_000_000, () -> seenMidway.addAll(allFiles())),
                    LIMIT))
        .isInstanceOf(BlobStoreException.class);
    assertThat(seenMidway)
        .singleElement()
        .satisfies(p -> assertThat(p.getParent()).isEqualTo(root.resolve(".incoming")));
    assertThat(allFiles()).isEmpty();
  }

  @Test
  void removesTemporaryFilesACrashLeftBehind() throws IOException {
    FileSystemBlobStore store = new FileSystemBlobStore(root);
    Path old = Files.createFile(root.resolve(".incoming/upload-1.tmp"));
    Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    Path recent = Files.createFile(root.resolve(".incoming/upload-2.tmp"));

    assertThat(store.removeAbandonedUploads(Instant.parse("2026-06-01T00:00:00Z"))).isEqualTo(1);
    assertThat(allFiles()).containsExactly(recent);
  }
}

package com.collector.repository.packages;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.repository.storage.BlobStore;
import com.collector.repository.storage.FileSystemBlobStore;
import com.collector.repository.storage.StoredBlob;
import com.collector.repository.versions.PluginVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flow a publishing endpoint follows: spool, inspect, store under the inspected hash. */
class PublishingFlowTest {

  @TempDir Path temp;
  @TempDir Path blobs;

  @Test
  void anInspectedPackageIsStoredUnderTheHashTheInspectionFound() throws IOException {
    PackageLimits limits = PackageLimits.defaults();
    PluginPackageInspector inspector = new PluginPackageInspector(limits);
    BlobStore store = new FileSystemBlobStore(blobs);
    byte[] upload = TestZips.plugin().with("lib/Ocr.dll", new byte[10_000]).bytes();

    StoredBlob stored;
    InspectedPackage inspected;
    try (SpooledPackage spooled =
        SpooledPackage.copy(new ByteArrayInputStream(upload), temp, limits.maxPackageBytes())) {
      inspected =
          inspector.inspect(spooled.file(), TestZips.ID, PluginVersion.parse(TestZips.VERSION));
      try (InputStream in = spooled.open()) {
        stored = store.put(in, limits.maxPackageBytes(), inspected.sha256());
      }
    }

    assertThat(stored.sha256()).isEqualTo(inspected.sha256());
    assertThat(stored.size()).isEqualTo(inspected.size()).isEqualTo(upload.length);
    try (InputStream in = store.open(stored.sha256())) {
      assertThat(in.readAllBytes()).isEqualTo(upload);
    }
    try (var left = Files.list(temp)) {
      assertThat(left).isEmpty();
    }
  }
}

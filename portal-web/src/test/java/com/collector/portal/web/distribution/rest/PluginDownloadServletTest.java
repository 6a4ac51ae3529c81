package com.collector.portal.web.distribution.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.portal.distribution.boundary.PluginDownload;
import com.collector.portal.distribution.boundary.UpdateCheck;
import com.collector.portal.platform.boundary.NotFoundException;
import com.collector.repository.storage.FileSystemBlobStore;
import com.collector.repository.storage.StoredBlob;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginDownloadServletTest {

  @TempDir Path blobs;

  @Test
  void namesOnePackageByIdAndVersionOnly() {
    assertThat(PluginDownloadServlet.idAndVersion("/exact-online/1.4.0"))
        .containsExactly("exact-online", "1.4.0");
    for (String wrong :
        new String[] {
          null,
          "/",
          "/exact-online",
          "/exact-online/",
          "//1.0.0",
          "/a/1.0.0/extra",
          "exact-online/1.0.0"
        }) {
      assertThatThrownBy(() -> PluginDownloadServlet.idAndVersion(wrong))
          .as(String.valueOf(wrong))
          .isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void outsideGrizzlyTheRangeIsCopiedFromTheStoredFile() throws Exception {
    FileSystemBlobStore store = new FileSystemBlobStore(blobs);
    StoredBlob blob =
        store.put(new ByteArrayInputStream("0123456789".getBytes(StandardCharsets.US_ASCII)), 100);
    PluginDownloadServlet cut = new PluginDownloadServlet();
    cut.updateCheck =
        new UpdateCheck() {
          @Override
          public PluginDownload plugin(String id, String version) {
            return new PluginDownload(blob.sha256(), blob.size(), store);
          }
        };
    FakeHttp.Response response = new FakeHttp.Response();

    cut.doGet(FakeHttp.request("/p/1.0.0", Map.of("Range", "bytes=4-")), response.servlet);

    assertThat(response.status).isEqualTo(206);
    assertThat(response.contentType).isEqualTo("application/zip");
    assertThat(response.headers)
        .containsEntry("Content-Range", "bytes 4-9/10")
        .containsEntry("ETag", "\"" + blob.sha256() + "\"")
        .containsEntry("Content-Disposition", "attachment; filename=\"p-1.0.0.zip\"");
    assertThat(response.body()).isEqualTo("456789");
  }

  @Test
  void aPackageTheInstallationMayNotHaveIsA404Problem() throws Exception {
    PluginDownloadServlet cut = new PluginDownloadServlet();
    cut.updateCheck =
        new UpdateCheck() {
          @Override
          public PluginDownload plugin(String id, String version) {
            throw new NotFoundException("Plugin", id + "/" + version);
          }
        };
    FakeHttp.Response response = new FakeHttp.Response();

    cut.doGet(FakeHttp.request("/p/1.0.0", Map.of()), response.servlet);

    assertThat(response.status).isEqualTo(404);
    assertThat(response.contentType).isEqualTo("application/problem+json");
  }
}

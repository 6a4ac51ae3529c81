package com.collector.portal.web.distribution.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.distribution.boundary.ClickOnce;
import com.collector.portal.distribution.boundary.HostedContent;
import com.collector.portal.platform.boundary.UnavailableException;
import com.collector.repository.storage.FileSystemBlobStore;
import jakarta.ejb.EJBException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClickOnceServletTest {

  private static final String SHA = "ab".repeat(32);

  @TempDir Path blobs;

  @Test
  void anUnavailableDependencyIsA503ProblemWithRetryAfter() throws Exception {
    FakeHttp.Response response =
        get(
            () -> {
              throw new UnavailableException("retry later", Duration.ofSeconds(30));
            },
            Map.of());

    assertThat(response.status).isEqualTo(503);
    assertThat(response.headers).containsEntry("Retry-After", "30");
    assertThat(response.contentType).isEqualTo("application/problem+json");
    assertThat(response.body()).contains("\"status\":503").contains("/problems/unavailable");
  }

  @Test
  void aBlobThatCannotBeOpenedIsA503ProblemNotAHalfAnswer() throws Exception {
    HostedContent missing =
        new HostedContent(
            "Collector.dll.deploy", SHA, 10, false, null, new FileSystemBlobStore(blobs));

    FakeHttp.Response response = get(() -> Optional.of(missing), Map.of());

    assertThat(response.status).isEqualTo(503);
    assertThat(response.headers).containsEntry("Retry-After", "30").doesNotContainKey("ETag");
    assertThat(response.contentType).isEqualTo("application/problem+json");
  }

  @Test
  void aMatchingIfNoneMatchIs304EvenWithARange() throws Exception {
    HostedContent manifest = manifest("<assembly/>");

    String etag = "\"" + SHA + "\"";
    FakeHttp.Response response =
        get(() -> Optional.of(manifest), Map.of("If-None-Match", etag, "Range", "bytes=0-3"));
    FakeHttp.Response beyond =
        get(() -> Optional.of(manifest), Map.of("If-None-Match", etag, "Range", "bytes=500-"));

    assertThat(response.status).isEqualTo(304);
    assertThat(response.body()).isEmpty();
    assertThat(beyond.status).as("not 416: the range is never considered").isEqualTo(304);
  }

  @Test
  void aRangeEndingBeyondTheContentIsServedToItsEnd() throws Exception {
    HostedContent manifest = manifest("<assembly/>");

    FakeHttp.Response response =
        get(() -> Optional.of(manifest), Map.of("Range", "bytes=1-99999999999999999999999"));

    assertThat(response.status).isEqualTo(206);
    assertThat(response.headers).containsEntry("Content-Range", "bytes 1-10/11");
    assertThat(response.body()).isEqualTo("assembly/>");
  }

  @Test
  void anyOtherFailureIsA500Problem() throws Exception {
    FakeHttp.Response response =
        get(
            () -> {
              throw new EJBException(new IllegalStateException("bug"));
            },
            Map.of());

    assertThat(response.status).isEqualTo(500);
    assertThat(response.contentType).isEqualTo("application/problem+json");
    assertThat(response.body()).doesNotContain("bug");
  }

  private static HostedContent manifest(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    return new HostedContent("Collector.application", SHA, bytes.length, true, bytes, null);
  }

  private static FakeHttp.Response get(
      Supplier<Optional<HostedContent>> hosted, Map<String, String> headers) throws Exception {
    ClickOnceServlet cut = new ClickOnceServlet();
    cut.clickOnce =
        new ClickOnce() {
          @Override
          public Optional<HostedContent> hosted(String channel, String path) {
            return hosted.get();
          }
        };
    FakeHttp.Response response = new FakeHttp.Response();
    cut.doGet(
        FakeHttp.request("/stable/Application Files/x/Collector.dll.deploy", headers),
        response.servlet);
    return response;
  }
}

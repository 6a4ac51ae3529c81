package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Plugin packages leave by the container's sendfile over HTTP/1.1 and are copied inside HTTP/2 (a
 * client upgrading with h2c): many concurrent downloads of both kinds, whole and resumed at random
 * offsets, each get exactly their bytes, and keep-alive connections stay usable.
 */
@ExtendWith(PortalServer.class)
class PluginDownloadsIT {

  private final PortalServer server = PortalServer.get();
  private final Updating updating = new Updating(server, new Tenants(server));
  private final HttpClient http1 =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final HttpClient h2c = HttpClient.newHttpClient();

  @Test
  void concurrentWholeAndRangedDownloadsGetExactlyTheirBytesBySendfile() throws Exception {
    String code = updating.plugin("dl-concurrent");
    byte[] noise = new byte[1_500_000];
    new Random(42).nextBytes(noise); // the test portal takes packages up to 2 MiB
    byte[] pkg =
        PluginPackages.zip(
            Map.of(
                "collector-plugin.json",
                ("{\"id\":\"" + code + "\",\"version\":\"1.0.0\"}").getBytes(),
                "data/noise.bin",
                noise));
    updating.publish(code, "1.0.0", pkg);
    String token = updating.installation(updating.customerAllowing(List.of(code)));
    String path = "/api/collector/v1/plugins/" + code + "/1.0.0";

    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<String>> outcomes = new ArrayList<>();
    Random offsets = new Random(7);
    for (int i = 0; i < 48; i++) {
      int first = i % 2 == 0 ? -1 : offsets.nextInt(pkg.length);
      HttpClient client = i % 3 == 0 ? h2c : http1;
      outcomes.add(pool.submit(() -> fetch(client, token, path, pkg, first)));
    }
    pool.shutdown();
    for (Future<String> outcome : outcomes) {
      assertThat(outcome.get()).isEqualTo("ok");
    }
    assertThat(server.logText()).contains("Downloads are sent with the container's sendfile");
  }

  /** "ok" when the answer holds exactly the package's bytes from {@code first} (-1: whole). */
  private String fetch(HttpClient client, String token, String path, byte[] pkg, int first)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token);
    if (first >= 0) {
      request.header("Range", "bytes=" + first + "-");
    }
    HttpResponse<byte[]> reply =
        client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    int expectedStatus = first < 0 ? 200 : 206;
    byte[] expected = first < 0 ? pkg : Arrays.copyOfRange(pkg, first, pkg.length);
    if (reply.statusCode() != expectedStatus) {
      return "status " + reply.statusCode() + " for first=" + first;
    }
    if (!Arrays.equals(reply.body(), expected)) {
      return "other bytes (" + reply.body().length + " of " + expected.length + ") from " + first;
    }
    return "ok";
  }
}

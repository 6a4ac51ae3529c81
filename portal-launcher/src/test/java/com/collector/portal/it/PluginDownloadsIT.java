package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
    byte[] pkg = publishNoise(code);
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

  /**
   * Requests pipelined on one connection: the next request is already waiting when a transfer ends,
   * so the connection is resumed with work to do at once. Each answer must come whole and in time
   * (a resumed connection must not wait on the write queue of the transfer just finished).
   */
  @Test
  void pipelinedDownloadsOnOneConnectionEachComeWholeAndInTime() throws Exception {
    String code = updating.plugin("dl-pipelined");
    byte[] pkg = publishNoise(code);
    String token = updating.installation(updating.customerAllowing(List.of(code)));
    String request =
        "GET /api/collector/v1/plugins/"
            + code
            + "/1.0.0 HTTP/1.1\r\nHost: localhost\r\n"
            + "Authorization: Bearer "
            + token
            + "\r\n\r\n";
    try (Socket socket = new Socket("localhost", server.uri("/").getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
      for (int round = 0; round < 5; round++) {
        out.write((request + request + request).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        for (int answer = 0; answer < 3; answer++) {
          assertThat(body(in)).as("round %d, answer %d", round, answer).isEqualTo(pkg);
        }
      }
    }
  }

  /** One HTTP/1.1 answer's body, read by its Content-Length; a 200 is required. */
  private static byte[] body(DataInputStream in) throws IOException {
    String status = line(in);
    assertThat(status).startsWith("HTTP/1.1 200");
    long length = -1;
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
        length = Long.parseLong(header.substring(15).strip());
      }
    }
    byte[] body = new byte[(int) length];
    in.readFully(body);
    return body;
  }

  private static String line(DataInputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  /** Publishes {@code code} 1.0.0 with 1.5 MB of random bytes (the test portal takes 2 MiB). */
  private byte[] publishNoise(String code) {
    byte[] noise = new byte[1_500_000];
    new Random(code.hashCode()).nextBytes(noise);
    byte[] pkg =
        PluginPackages.zip(
            Map.of(
                "collector-plugin.json",
                ("{\"id\":\"" + code + "\",\"version\":\"1.0.0\"}").getBytes(),
                "data/noise.bin",
                noise));
    updating.publish(code, "1.0.0", pkg);
    return pkg;
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

package com.collector.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A portal for unit tests: the Collector API on a JDK {@link HttpServer}, answering with decisions
 * and packages the test crafts and signs with its own keys.
 */
final class FakePortal implements AutoCloseable, AfterEachCallback {

  static final long INSTALLATION = 42;
  static final String KID = "test-key";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  final KeyPair key = keyPair();
  final KeyPair other = keyPair();
  final Map<String, KeyPair> published = new ConcurrentHashMap<>(Map.of(KID, key));
  final Map<String, byte[]> packages = new ConcurrentHashMap<>();
  final List<String> ranges = new ArrayList<>();
  final AtomicInteger keyFetches = new AtomicInteger();
  final AtomicInteger checks = new AtomicInteger();
  final AtomicInteger notModified = new AtomicInteger();
  volatile String decision;
  volatile boolean cutNextDownload;
  volatile boolean ignoreRange;
  volatile String lastCheckBody;

  /** The enrollment's {@code configuration} as JSON: {@code null} or a revision and document. */
  volatile String enrollConfiguration = "null";

  /** The configuration {@code GET /config} answers, 304 when asked for this revision. */
  volatile long configRevision;

  volatile String configDocument = "{}";
  volatile String lastIfNoneMatch;
  final AtomicInteger configNotModified = new AtomicInteger();

  /** What {@code PUT /config} answers; {@link #lastIfMatch} and {@link #lastPush} what it got. */
  volatile Reply pushReply = new Reply(500, "text/plain", "no push expected");

  volatile String lastIfMatch;
  volatile String lastPush;

  /** {@code POST /telemetry}. */
  final FakeTelemetry telemetry = new FakeTelemetry();

  private final HttpServer server;

  /** A canned answer. */
  record Reply(int status, String type, String body) {}

  FakePortal() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(CollectorClient.ENROLL, ex -> json(ex, enrolled()));
    server.createContext(Configuration.PATH, this::configuration);
    server.createContext(
        CollectorClient.TOKEN,
        ex -> json(ex, "{\"accessToken\":\"tok\",\"tokenType\":\"Bearer\",\"expiresIn\":900}"));
    server.createContext(CollectorClient.KEYS, this::keys);
    server.createContext(CollectorClient.CHECK, this::check);
    server.createContext("/api/collector/v1/plugins/", this::download);
    server.createContext(Telemetry.PATH, telemetry);
    server.start();
  }

  /**
   * A client keeping its state in {@code dir}, enrolled here as installation {@value
   * #INSTALLATION}.
   */
  CollectorClient enrolled(Path dir) throws IOException {
    CollectorClient client = new CollectorClient(uri(), dir);
    client.enroll("ABCD-EFGH-JK", new CollectorClient.Facts("DESK-1", "Windows 11", "4.2.0.17"));
    return client;
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** A started portal, e.g. for a {@code @RegisterExtension} field: it stops after each test. */
  static FakePortal started() {
    try {
      return new FakePortal();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }

  private String enrolled() {
    return "{\"installationId\":%d,\"credential\":\"cpic_secret\",\"configuration\":%s}"
        .formatted(INSTALLATION, enrollConfiguration);
  }

  private void configuration(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (!"Bearer tok".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      send(exchange, 401, "text/plain", new byte[0]);
      return;
    }
    if (exchange.getRequestMethod().equals("PUT")) {
      lastIfMatch = exchange.getRequestHeaders().getFirst("If-Match");
      lastPush = body;
      Reply reply = pushReply;
      send(exchange, reply.status(), reply.type(), reply.body().getBytes(StandardCharsets.UTF_8));
      return;
    }
    String tag = "\"" + configRevision + "\"";
    lastIfNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
    if (tag.equals(lastIfNoneMatch)) {
      configNotModified.incrementAndGet();
      send(exchange, 304, "application/json", new byte[0]);
      return;
    }
    exchange.getResponseHeaders().add("ETag", tag);
    json(
        exchange,
        "{\"revision\":%d,\"document\":%s,\"source\":\"portal\",\"createdAt\":\"%s\"}"
            .formatted(configRevision, configDocument, Instant.EPOCH));
  }

  private void keys(HttpExchange exchange) throws IOException {
    keyFetches.incrementAndGet();
    StringBuilder keys = new StringBuilder();
    published.forEach(
        (kid, pair) -> {
          RSAPublicKey rsa = (RSAPublicKey) pair.getPublic();
          keys.append(keys.length() == 0 ? "" : ",")
              .append(
                  "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":%s,\"n\":\"%s\",\"e\":\"%s\"}"
                      .formatted(
                          Json.quote(kid),
                          unsigned(rsa.getModulus()),
                          unsigned(rsa.getPublicExponent())));
        });
    json(exchange, "{\"keys\":[" + keys + "]}");
  }

  private void check(HttpExchange exchange) throws IOException {
    checks.incrementAndGet();
    lastCheckBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (!"Bearer tok".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      send(exchange, 401, "text/plain", new byte[0]);
      return;
    }
    byte[] body = decision.getBytes(StandardCharsets.US_ASCII);
    String tag = "\"" + HexFormat.of().formatHex(sha256(body)) + "\"";
    if (tag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
      notModified.incrementAndGet();
      send(exchange, 304, "application/jose", new byte[0]);
      return;
    }
    exchange.getResponseHeaders().add("ETag", tag);
    send(exchange, 200, "application/jose", body);
  }

  private void download(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    byte[] pkg = packages.get(path);
    if (pkg == null) {
      send(exchange, 404, "text/plain", new byte[0]);
      return;
    }
    String range = exchange.getRequestHeaders().getFirst("Range");
    synchronized (ranges) {
      ranges.add(String.valueOf(range));
    }
    int from = 0;
    if (range != null && !ignoreRange) {
      from = Integer.parseInt(range.substring("bytes=".length(), range.length() - 1));
      exchange
          .getResponseHeaders()
          .add("Content-Range", "bytes " + from + "-" + (pkg.length - 1) + "/" + pkg.length);
    }
    exchange.getResponseHeaders().add("Content-Type", "application/zip");
    if (cutNextDownload) {
      cutNextDownload = false;
      exchange.sendResponseHeaders(from > 0 ? 206 : 200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(pkg, from, (pkg.length - from) / 2);
      }
      return;
    }
    exchange.sendResponseHeaders(from > 0 ? 206 : 200, pkg.length - from);
    OutputStream out = exchange.getResponseBody();
    out.write(pkg, from, pkg.length - from);
    out.close();
  }

  private static void json(HttpExchange exchange, String body) throws IOException {
    exchange.getRequestBody().readAllBytes();
    send(exchange, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
  }

  static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  /** Publishes {@code pkg} as plugin {@code id} at {@code version}; answers its path. */
  String serve(String id, String version, byte[] pkg) {
    String path = "/api/collector/v1/plugins/" + id + "/" + version;
    packages.put(path, pkg);
    return path;
  }

  /** A decision step installing {@code pkg}, its signature made by {@code signer}. */
  String step(String id, String action, String version, byte[] pkg, KeyPair signer) {
    byte[] digest = sha256(pkg);
    return ("{\"id\":%s,\"action\":%s,\"version\":%s,\"size\":%d,\"sha256\":\"%s\","
            + "\"signature\":\"%s\",\"keyId\":%s,\"url\":%s}")
        .formatted(
            Json.quote(id),
            Json.quote(action),
            Json.quote(version),
            pkg.length,
            HexFormat.of().formatHex(digest),
            B64.encodeToString(sign(signer, digest)),
            Json.quote(KID),
            Json.quote(serve(id, version, pkg)));
  }

  /** A step without a package: {@code keep} or {@code remove}. */
  static String bare(String id, String action, String version) {
    return "{\"id\":%s,\"action\":%s,\"version\":%s}"
        .formatted(Json.quote(id), Json.quote(action), Json.quote(version));
  }

  /** A decision payload. */
  static String payload(long version, Instant expires, long installation, String... steps) {
    return ("{\"decisionVersion\":%d,\"issuedAt\":\"%s\",\"expires\":\"%s\",\"installationId\":%d,"
            + "\"subscription\":{\"status\":\"ok\"},\"app\":null,\"plugins\":[%s]}")
        .formatted(
            version, expires.minusSeconds(86_400), expires, installation, String.join(",", steps));
  }

  /** A compact JWS of {@code payload}, signed by {@code signer}, header naming {@code kid}. */
  static String jws(String payload, KeyPair signer, String kid) {
    String header = "{\"alg\":\"RS256\",\"kid\":" + Json.quote(kid) + ",\"typ\":\"JOSE\"}";
    String input =
        B64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
            + "."
            + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    return input
        + "."
        + B64.encodeToString(sign(signer, input.getBytes(StandardCharsets.US_ASCII)));
  }

  /** A plugin zip with a manifest and a library. */
  static byte[] plugin(String id, String version) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(
        "collector-plugin.json",
        ("{\"id\":\"" + id + "\",\"version\":\"" + version + "\"}")
            .getBytes(StandardCharsets.UTF_8));
    entries.put("lib/plugin.dll", ("binary of " + id + " " + version).repeat(500).getBytes());
    return zip(entries);
  }

  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(0);
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] sign(KeyPair signer, byte[] data) {
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(signer.getPrivate());
      signature.update(data);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
    byte[] trimmed = java.util.Arrays.copyOfRange(bytes, skip, bytes.length);
    return B64.encodeToString(trimmed);
  }

  private static KeyPair keyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}

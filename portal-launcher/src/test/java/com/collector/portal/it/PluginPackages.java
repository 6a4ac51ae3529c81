package com.collector.portal.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds real plugin zips and uploads them as release pipelines do: body = package. */
final class PluginPackages {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private PluginPackages() {}

  /** A zip with {@code collector-plugin.json} naming {@code id}/{@code version}, plus a DLL. */
  static byte[] plugin(String id, String version, String extraManifest) {
    String manifest =
        "{\"id\":\"%s\",\"version\":\"%s\"%s}"
            .formatted(id, version, extraManifest == null ? "" : "," + extraManifest);
    return zip(
        Map.of(
            "collector-plugin.json", manifest.getBytes(StandardCharsets.UTF_8),
            "lib/plugin.dll",
                ("binary of " + id + " " + version).getBytes(StandardCharsets.UTF_8)));
  }

  /** A zip of the given entries, names as given (so {@code ../x} too). */
  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : new LinkedHashMap<>(entries).entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A valid plugin plus 20 MiB of zeros that deflate a thousandfold: a zip bomb in miniature. */
  static byte[] bomb(String id, String version) {
    return zip(
        Map.of(
            "collector-plugin.json",
            "{\"id\":\"%s\",\"version\":\"%s\"}".formatted(id, version).getBytes(),
            "data/zeros.bin",
            new byte[20 << 20]));
  }

  /** POSTs {@code body} to {@code /api/v1/releases?<query>}, announcing its length. */
  static Api.Reply upload(
      PortalServer server,
      Map<String, String> query,
      byte[] body,
      String contentType,
      String token) {
    return upload(server, query, HttpRequest.BodyPublishers.ofByteArray(body), contentType, token);
  }

  /** The same without a {@code Content-Length}: chunked, as a pipeline streaming a file does. */
  static Api.Reply uploadChunked(
      PortalServer server, Map<String, String> query, byte[] body, String token) {
    return upload(
        server,
        query,
        HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)),
        "application/zip",
        token);
  }

  private static Api.Reply upload(
      PortalServer server,
      Map<String, String> query,
      HttpRequest.BodyPublisher body,
      String contentType,
      String token) {
    String parameters =
        query.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri("/api/v1/releases?" + parameters))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", contentType)
            .POST(body);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Api.Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null),
          response.body(),
          response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static byte[] sha256(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256Hex(byte[] content) {
    return HexFormat.of().formatHex(sha256(content));
  }

  /** An RSA public key from a JWK's {@code n} and {@code e}. */
  static PublicKey rsaKey(String n, String e) throws java.security.GeneralSecurityException {
    Base64.Decoder url = Base64.getUrlDecoder();
    return KeyFactory.getInstance("RSA")
        .generatePublic(
            new RSAPublicKeySpec(
                new BigInteger(1, url.decode(n)), new BigInteger(1, url.decode(e))));
  }

  /** Whether {@code signature} (base64url) is RS256 by {@code key} over {@code digest}. */
  static boolean verifies(PublicKey key, byte[] digest, String signature)
      throws java.security.GeneralSecurityException {
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(key);
    verifier.update(digest);
    return verifier.verify(Base64.getUrlDecoder().decode(signature));
  }
}

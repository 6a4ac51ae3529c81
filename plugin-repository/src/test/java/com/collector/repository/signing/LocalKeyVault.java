package com.collector.repository.signing;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;
import com.azure.security.keyvault.certificates.CertificateClient;
import com.azure.security.keyvault.keys.KeyClient;
import com.collector.repository.signing.EmulatedKeys.VaultError;
import com.collector.repository.signing.EmulatedKeys.Version;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import reactor.core.publisher.Mono;

/**
 * A local Azure Key Vault for tests: HTTPS on a free loopback port with a certificate made at
 * start, serving the REST calls {@link KeyVaultSigner}, {@link KeyVaultCertificateSigner} and
 * {@link KeyVaultWrapper} make through the real SDK — create key, get key (latest or a version),
 * list a key's versions, sign (RS256), wrap and unwrap a key (RSA-OAEP-256), get certificate
 * (latest or a version) — with real RSA keys. A certificate imported with {@link
 * #importCertificate} gets, as in Key Vault, a key of its name and version. Like the service, it
 * refuses an operation a key does not allow or a disabled key, answers a request without the
 * expected bearer token with 401 and a challenge naming the tenant and resource, and refuses
 * requests without {@code api-version}.
 */
final class LocalKeyVault implements AutoCloseable, AfterEachCallback {

  static final String TOKEN = "local-key-vault-token";
  static final String TENANT = "72f988bf-0000-0000-0000-00000000c0de";
  static final String RESOURCE = "https://vault.azure.net";
  static final String CHALLENGE =
      "Bearer authorization=\"https://login.microsoftonline.com/"
          + TENANT
          + "\", resource=\""
          + RESOURCE
          + "\"";

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final SelfSignedTls tls;
  private final HttpsServer server;
  private final EmulatedKeys keys = new EmulatedKeys();
  private final Map<String, List<Imported>> certificates = new LinkedHashMap<>();
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private final List<TokenRequestContext> tokenRequests = new CopyOnWriteArrayList<>();
  private volatile boolean corruptSignatures;

  private LocalKeyVault(SelfSignedTls tls) throws Exception {
    this.tls = tls;
    server =
        HttpsServer.create(new InetSocketAddress(InetAddress.getByName(SelfSignedTls.HOST), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls.serverContext()));
    server.createContext("/", this::handle);
    server.start();
  }

  static LocalKeyVault start() throws Exception {
    return new LocalKeyVault(SelfSignedTls.forLoopback());
  }

  /**
   * A vault for one test, stopped after it: {@code @RegisterExtension final LocalKeyVault vault =
   * LocalKeyVault.perTest();} (JUnit makes a test instance per test method).
   */
  static LocalKeyVault perTest() {
    try {
      return start();
    } catch (Exception e) {
      throw new IllegalStateException("The local Key Vault did not start", e);
    }
  }

  String url() {
    return "https://" + SelfSignedTls.HOST + ":" + server.getAddress().getPort();
  }

  SelfSignedTls tls() {
    return tls;
  }

  /** A credential that hands out the token this vault accepts, remembering what was asked. */
  TokenCredential credential() {
    return request -> {
      tokenRequests.add(request);
      return Mono.just(new AccessToken(TOKEN, OffsetDateTime.now().plusHours(1)));
    };
  }

  /** A client as production builds it, plus this vault's trust and its non-Azure host name. */
  KeyClient keyClient() {
    return KeyVaultSigner.vault(url(), credential())
        .httpClient(tls.azureHttpClient())
        .disableChallengeResourceVerification()
        .buildClient();
  }

  /**
   * A certificate client as production builds it, with this vault's trust like {@link #keyClient}.
   */
  CertificateClient certificateClient() {
    return KeyVaultCertificateSigner.vault(url(), credential())
        .httpClient(tls.azureHttpClient())
        .disableChallengeResourceVerification()
        .buildClient();
  }

  /**
   * Imports {@code certificate} with its key {@code pair} as a new version of certificate {@code
   * name}, the key becoming the same version of key {@code name} (sign and verify only).
   */
  synchronized void importCertificate(String name, X509Certificate certificate, KeyPair pair) {
    Version key = keys.add(name, pair, List.of("sign", "verify"));
    certificates
        .computeIfAbsent(name, any -> new ArrayList<>())
        .add(new Imported(certificate, key));
  }

  /** Every request so far as {@code METHOD /path -> status}. */
  List<String> calls() {
    return List.copyOf(calls);
  }

  List<TokenRequestContext> tokenRequests() {
    return List.copyOf(tokenRequests);
  }

  List<Version> versions(String name) {
    return keys.versions(name);
  }

  /** From now on every signature comes back with one bit flipped, as a faulty vault might. */
  void corruptSignatures() {
    corruptSignatures = true;
  }

  void disable(String name, String version) {
    keys.disable(name, version);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    int status;
    String json;
    try {
      if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        exchange.getResponseHeaders().add("WWW-Authenticate", CHALLENGE);
        throw new VaultError(401, "Unauthorized", "AKV10000: Request is missing a Bearer token.");
      }
      String query = String.valueOf(exchange.getRequestURI().getQuery());
      if (!query.matches("(.*&)?api-version=[^&]+.*")) {
        throw new VaultError(400, "BadParameter", "The api-version query parameter is missing.");
      }
      json = route(method, path, body);
      status = 200;
    } catch (VaultError e) {
      status = e.status;
      json = "{\"error\":{\"code\":\"" + e.code + "\",\"message\":\"" + e.getMessage() + "\"}}";
    } catch (RuntimeException e) {
      status = 500;
      json = "{\"error\":{\"code\":\"InternalError\",\"message\":\"" + quotesOut(e) + "\"}}";
    }
    calls.add(method + " " + path + " -> " + status);
    byte[] answer = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, answer.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer);
    }
  }

  private static String quotesOut(Exception e) {
    return e.toString().replace('"', '\'').replace('\\', '/');
  }

  private String route(String method, String path, byte[] body) {
    if ("GET".equals(method) && path.matches("/certificates/[0-9a-zA-Z-]+(/\\w*)?")) {
      String[] segments = path.split("/");
      return certificateBundle(segments[2], segments.length > 3 ? segments[3] : "");
    }
    String[] segments = path.replaceFirst("^/keys/", "").split("/");
    if (!path.startsWith("/keys/")
        || segments.length > 3
        || !segments[0].matches("[0-9a-zA-Z-]+")) {
      throw new VaultError(
          400, "BadParameter", "The emulator does not serve " + method + " " + path);
    }
    String name = segments[0];
    String second = segments.length > 1 ? segments[1] : "";
    if ("GET".equals(method) && segments.length <= 2 && second.isEmpty()) {
      return keyBundle(keys.latest(name));
    }
    if ("POST".equals(method) && segments.length == 2 && "create".equals(second)) {
      return create(name, parse(body));
    }
    if ("GET".equals(method) && segments.length == 2 && "versions".equals(second)) {
      return listVersions(name);
    }
    if ("GET".equals(method) && segments.length == 2) {
      return keyBundle(keys.find(name, second));
    }
    if ("POST".equals(method) && segments.length == 3 && "sign".equals(segments[2])) {
      return sign(keys.find(name, second), parse(body));
    }
    if ("POST".equals(method) && segments.length == 3 && "wrapkey".equals(segments[2])) {
      Version key = keys.find(name, second);
      Map<String, Object> request = parse(body);
      return result(
          key, EmulatedKeys.wrap(key, String.valueOf(request.get("alg")), value(request)));
    }
    if ("POST".equals(method) && segments.length == 3 && "unwrapkey".equals(segments[2])) {
      Version key = keys.find(name, second);
      Map<String, Object> request = parse(body);
      return result(
          key, EmulatedKeys.unwrap(key, String.valueOf(request.get("alg")), value(request)));
    }
    throw new VaultError(400, "BadParameter", "The emulator does not serve " + method + " " + path);
  }

  private String create(String name, Map<String, Object> request) {
    Object size = request.getOrDefault("key_size", 2048);
    @SuppressWarnings("unchecked")
    List<String> ops =
        (List<String>)
            request.getOrDefault(
                "key_ops", List.of("encrypt", "decrypt", "sign", "verify", "wrapKey", "unwrapKey"));
    return keyBundle(
        keys.create(name, String.valueOf(request.get("kty")), ((Number) size).intValue(), ops));
  }

  private String sign(Version key, Map<String, Object> request) {
    byte[] signature = EmulatedKeys.sign(key, String.valueOf(request.get("alg")), value(request));
    if (corruptSignatures) {
      signature[signature.length / 2] ^= 1;
    }
    return result(key, signature);
  }

  /** A key operation's answer: {@code {"kid":..,"value":"<base64url>"}}. */
  private String result(Version key, byte[] value) {
    return "{\"kid\":\"" + kid(key) + "\",\"value\":\"" + BASE64URL.encodeToString(value) + "\"}";
  }

  private static byte[] value(Map<String, Object> request) {
    try {
      return Base64.getUrlDecoder().decode(String.valueOf(request.get("value")));
    } catch (IllegalArgumentException e) {
      throw new VaultError(400, "BadParameter", "The value is not base64url.");
    }
  }

  private String listVersions(String name) {
    String items =
        keys.versions(name).stream()
            .map(key -> "{\"kid\":\"" + kid(key) + "\",\"attributes\":" + attributes(key) + "}")
            .collect(Collectors.joining(","));
    return "{\"value\":[" + items + "],\"nextLink\":null}";
  }

  private String keyBundle(Version key) {
    RSAPublicKey rsa = (RSAPublicKey) key.pair().getPublic();
    String ops =
        key.ops().stream().map(op -> "\"" + op + "\"").collect(Collectors.joining(",", "[", "]"));
    return "{\"key\":{\"kid\":\""
        + kid(key)
        + "\",\"kty\":\"RSA\",\"key_ops\":"
        + ops
        + ",\"n\":\""
        + unsigned(rsa.getModulus())
        + "\",\"e\":\""
        + unsigned(rsa.getPublicExponent())
        + "\"},\"attributes\":"
        + attributes(key)
        + "}";
  }

  private synchronized String certificateBundle(String name, String version) {
    List<Imported> versions = certificates.getOrDefault(name, List.of());
    Imported found =
        versions.stream()
            .filter(imported -> version.isEmpty() || imported.key().version().equals(version))
            .reduce((older, newer) -> newer)
            .orElseThrow(
                () ->
                    new VaultError(
                        404,
                        "CertificateNotFound",
                        "A certificate with (name/id) "
                            + name
                            + " was not found in this key vault."));
    Version key = found.key();
    try {
      byte[] der = found.certificate().getEncoded();
      String thumbprint = BASE64URL.encodeToString(MessageDigest.getInstance("SHA-1").digest(der));
      return "{\"id\":\""
          + url()
          + "/certificates/"
          + name
          + "/"
          + key.version()
          + "\",\"kid\":\""
          + kid(key)
          + "\",\"sid\":\""
          + url()
          + "/secrets/"
          + name
          + "/"
          + key.version()
          + "\",\"x5t\":\""
          + thumbprint
          + "\",\"cer\":\""
          + Base64.getEncoder().encodeToString(der)
          + "\",\"attributes\":"
          + attributes(key)
          + "}";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private String kid(Version key) {
    return url() + "/keys/" + key.name() + "/" + key.version();
  }

  private static String attributes(Version key) {
    return "{\"enabled\":"
        + key.enabled()
        + ",\"created\":"
        + key.created()
        + ",\"updated\":"
        + key.created()
        + ",\"recoveryLevel\":\"Recoverable+Purgeable\",\"recoverableDays\":90}";
  }

  private static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
    return BASE64URL.encodeToString(Arrays.copyOfRange(bytes, skip, bytes.length));
  }

  private static Map<String, Object> parse(byte[] body) {
    try (JsonReader reader = JsonProviders.createReader(body)) {
      return reader.readMap(JsonReader::readUntyped);
    } catch (IOException | IllegalStateException e) {
      throw new VaultError(400, "BadParameter", "The request body is not a JSON object.");
    }
  }

  /** A certificate version and the key version it came with. */
  private record Imported(X509Certificate certificate, Version key) {}
}

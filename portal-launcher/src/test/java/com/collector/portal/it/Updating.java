package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.repository.clickonce.PublishFixture;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The update protocol for end-to-end tests: publish plugin releases as a release pipeline, plans
 * that allow them, installations of subscribed customers, update checks and raw downloads.
 */
final class Updating {

  static final String CHECK = "/api/collector/v1/update-check";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static String pipelineToken;

  private final PortalServer server;
  private final Tenants tenants;
  private final Api api;

  Updating(PortalServer server, Tenants tenants) {
    this.server = server;
    this.tenants = tenants;
    this.api = tenants.api();
  }

  /** A release manager's API token with only PUBLISH_RELEASES (made once per run). */
  synchronized String pipeline() {
    if (pipelineToken == null) {
      Tenants.Account manager =
          tenants.user(tenants.vendorOrganizationId(), "RELEASE_MANAGER", tenants.vendorAdmin());
      Api.Reply created =
          api.post(
              "/api/v1/api-tokens",
              "{\"name\":\"update pipeline\",\"rights\":[\"PUBLISH_RELEASES\"]}",
              manager.token());
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      pipelineToken = created.json().getString("secret");
    }
    return pipelineToken;
  }

  /** A new plugin product; answers its code (the plugin id). */
  String plugin(String prefix) {
    String code = Tenants.unique(prefix).toLowerCase();
    Api.Reply created =
        api.post(
            "/api/v1/products",
            ("{\"code\":%s,\"nameEn\":\"P\",\"nameFr\":\"P\",\"nameNl\":\"P\"}")
                .formatted(Api.quote(code)),
            pipeline());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return code;
  }

  /** Uploads and publishes {@code code} at {@code version}; answers the release. */
  JsonObject publish(String code, String version, byte[] pkg) {
    return publish(Map.of("product", code, "version", version), pkg, "application/zip");
  }

  JsonObject publish(String code, String version) {
    return publish(code, version, PluginPackages.plugin(code, version, null));
  }

  /** Uploads and publishes a mandatory Collector app release at {@code version}. */
  JsonObject publishMandatoryApp(String version) {
    return publishApp(version, "stable", true);
  }

  /** Uploads and publishes a Collector app release rolled out to {@code percent} %. */
  JsonObject publishApp(String version, String channel, boolean mandatory, int percent) {
    return publish(
        Map.of(
            "product",
            "collector",
            "version",
            version,
            "channel",
            channel,
            "mandatory",
            Boolean.toString(mandatory),
            "rollout",
            Integer.toString(percent)),
        PublishFixture.of(version).zip(),
        "application/zip");
  }

  /** Uploads (a ClickOnce publish zip) and publishes a Collector app release. */
  JsonObject publishApp(String version, String channel, boolean mandatory) {
    return publishApp(version, channel, "mandatory", Boolean.toString(mandatory));
  }

  private JsonObject publishApp(String version, String channel, String option, String value) {
    return publish(
        Map.of("product", "collector", "version", version, "channel", channel, option, value),
        PublishFixture.of(version).zip(),
        "application/zip");
  }

  private JsonObject publish(Map<String, String> query, byte[] pkg, String type) {
    Api.Reply created = PluginPackages.upload(server, query, pkg, type, pipeline());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    Api.Reply published =
        api.post(
            "/api/v1/releases/" + created.json().getInt("id") + "/publication", null, pipeline());
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    return published.json();
  }

  void revoke(JsonObject release) {
    Api.Reply revoked =
        api.post("/api/v1/releases/" + release.getInt("id") + "/revocation", null, pipeline());
    assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
  }

  /** A customer and its subscription. */
  record Customer(long id, long subscription) {}

  /** A new customer subscribed to a new plan allowing {@code plugins}; answers the customer id. */
  long customerAllowing(List<String> plugins) {
    return subscribed(plugins).id();
  }

  /**
   * A new customer subscribed (monthly, no auto-renewal) to a new plan allowing {@code plugins}.
   */
  Customer subscribed(List<String> plugins) {
    Tenants.Account partner = tenants.partnerAdmin("upd");
    long customer = tenants.organization(partner.organizationId(), "cust", partner.token());
    String allowed = plugins.stream().map(Api::quote).collect(Collectors.joining(",", "[", "]"));
    Api.Reply plan =
        api.post(
            "/api/v1/plans",
            ("{\"code\":%s,\"nameEn\":\"U\",\"nameFr\":\"U\",\"nameNl\":\"U\","
                    + "\"terms\":{\"term\":\"MONTHLY\",\"allowedPlugins\":%s}}")
                .formatted(Api.quote(Tenants.unique("upd").toLowerCase()), allowed),
            tenants.vendorAdmin());
    assertThat(plan.status()).as(plan.body()).isEqualTo(201);
    long subscription =
        new Subscribing(server, tenants)
            .order(customer, plan.json().getJsonNumber("id").longValue(), false, partner);
    return new Customer(customer, subscription);
  }

  /** A new enrolled installation of {@code customer}: its access token. */
  String installation(long customer) {
    return new Installing(server, tenants).accessToken(customer, tenants.vendorAdmin());
  }

  long installationId(String token) {
    Api.Reply own = api.get(Installing.OWN, token);
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    return own.json().getJsonNumber("id").longValue();
  }

  static String body(String appVersion, Map<String, String> plugins) {
    String installed =
        plugins.entrySet().stream()
            .map(e -> Api.quote(e.getKey()) + ":" + Api.quote(e.getValue()))
            .collect(Collectors.joining(",", "{", "}"));
    return "{\"appVersion\":%s,\"plugins\":%s}".formatted(Api.quote(appVersion), installed);
  }

  HttpResponse<String> check(String token, String body, String ifNoneMatch) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(CHECK))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Checks and answers the verified payload of the decision. */
  JsonObject decision(String token, String body, PublicKey key) throws Exception {
    HttpResponse<String> reply = check(token, body, null);
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
    return verified(reply.body(), key);
  }

  HttpResponse<byte[]> download(String token, String path, String range) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (range != null) {
      request.header("Range", range);
    }
    return send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The package-signing key named {@code kid} in {@code /api/collector/v1/keys}. */
  PublicKey key(String kid) throws Exception {
    JsonObject key =
        api.get("/api/collector/v1/keys", null).json().getJsonArray("keys").stream()
            .map(k -> k.asJsonObject())
            .filter(k -> k.getString("kid").equals(kid))
            .findFirst()
            .orElseThrow();
    return PluginPackages.rsaKey(key.getString("n"), key.getString("e"));
  }

  static JsonObject header(String jws) {
    return json(jws.split("\\.")[0]);
  }

  /** The payload of {@code jws} once its RS256 signature verifies with {@code key}. */
  static JsonObject verified(String jws, PublicKey key) throws Exception {
    assertThat(verifies(jws, key)).as("the decision's signature verifies").isTrue();
    return json(jws.split("\\.")[1]);
  }

  static boolean verifies(String jws, PublicKey key) throws Exception {
    String[] parts = jws.split("\\.");
    assertThat(parts).hasSize(3);
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(key);
    verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    return verifier.verify(Base64.getUrlDecoder().decode(parts[2]));
  }

  private static JsonObject json(String part) {
    String text = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  /** The plugin entry for {@code id} in a decision, or null. */
  static JsonObject plugin(JsonObject decision, String id) {
    return decision.getJsonArray("plugins").stream()
        .map(p -> p.asJsonObject())
        .filter(p -> p.getString("id").equals(id))
        .findFirst()
        .orElse(null);
  }

  private static <T> HttpResponse<T> send(
      HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
    try {
      return CLIENT.send(request.build(), handler);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

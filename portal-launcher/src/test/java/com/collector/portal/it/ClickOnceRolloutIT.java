package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.client.ClickOnceCheck;
import com.collector.repository.clickonce.PublishFixture;
import com.collector.repository.rollout.Rollout;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staged rollout of app releases through ClickOnce rings: the plain channel serves only what every
 * client may have, and each installation's update decision names its ring, whose signed manifest
 * also serves the releases its rollout admits.
 */
@ExtendWith(PortalServer.class)
class ClickOnceRolloutIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final int PERCENT = 50;

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Updating updating = new Updating(server, tenants);

  @Test
  void installationsInsideAndOutsideARolloutGetTheirRingsManifestUntilItReachesEveryone()
      throws Exception {
    String channel = Tenants.unique("ring").toLowerCase();
    // Above every version the other tests publish on stable, which every channel also sees.
    String base = "65300." + new Random().nextInt(60000) + ".0.";
    updating.publishApp(base + "1", channel, true, 100);
    JsonObject staged = updating.publishApp(base + "2", channel, true, PERCENT);
    PublicKey key = updating.key(staged.getString("keyId"));
    Map<Boolean, String> tokens = installationsInsideAndOutside();

    assertThat(plain(channel).version())
        .as("a partial rollout is not served to every client of the channel")
        .isEqualTo(base + "1");
    ClickOnceIT.Manifest inside = viaDecision(tokens.get(true), channel, base, key, base + "2");
    ClickOnceIT.Manifest outside = viaDecision(tokens.get(false), channel, base, key, base + "1");
    assertThat(inside.minimum())
        .as("the newest mandatory release the ring sees")
        .isEqualTo(base + "2");
    assertThat(outside.minimum()).isEqualTo(base + "1");
    assertThat(inside.bytes()).isNotEqualTo(outside.bytes());
    assertVerifiedByTheClient(inside.codebase(), base + "2");
    assertVerifiedByTheClient(outside.codebase(), base + "1");
    assertRingFilesServed(inside, base + "2");
    assertThat(get("/clickonce/" + channel + "/ring/100/Collector.application").statusCode())
        .isEqualTo(404);
    assertThat(get("/clickonce/" + channel + "/ring/x/Collector.application").statusCode())
        .isEqualTo(404);
    assertThat(get("/clickonce/no-such-" + channel + "/ring/1/Collector.application").statusCode())
        .isEqualTo(404);
    assertThat(listed(channel).getString("currentVersion")).isEqualTo(base + "1");
    assertThat(listed(channel).getJsonArray("rollouts").getJsonObject(0).getInt("percent"))
        .isEqualTo(PERCENT);

    Api.Reply raised =
        tenants
            .api()
            .post(
                "/api/v1/releases/" + staged.getInt("id") + "/rollout",
                "{\"percent\":100}",
                updating.pipeline());
    assertThat(raised.status()).as(raised.body()).isEqualTo(200);
    assertThat(fetch(outside.codebase()).version())
        .as("raised: everyone moves")
        .isEqualTo(base + "2");
    assertThat(plain(channel).version()).isEqualTo(base + "2");
    assertThat(listed(channel).getJsonArray("rollouts")).isEmpty();
  }

  /** Enrolls installations until one falls inside the rollout's rings and one outside. */
  private Map<Boolean, String> installationsInsideAndOutside() {
    long customer = updating.customerAllowing(List.of("none"));
    Map<Boolean, String> tokens = new HashMap<>();
    for (int i = 0; i < 40 && tokens.size() < 2; i++) {
      String token = updating.installation(customer);
      String id = Long.toString(updating.installationId(token));
      tokens.putIfAbsent(Rollout.admits(Rollout.ring(id, "collector"), PERCENT), token);
    }
    assertThat(tokens).as("installations on both sides").hasSize(2);
    return tokens;
  }

  /** The update check names the ring URL; its signed manifest installs {@code expected}. */
  private ClickOnceIT.Manifest viaDecision(
      String token, String channel, String base, PublicKey key, String expected) throws Exception {
    String body =
        "{\"appVersion\":\"%s0\",\"channel\":\"%s\",\"plugins\":{}}".formatted(base, channel);
    JsonObject app = updating.decision(token, body, key).getJsonObject("app");
    String id = Long.toString(updating.installationId(token));
    String url = app.getString("url");
    assertThat(app.getString("required")).isEqualTo(expected);
    assertThat(url)
        .isEqualTo(
            "/clickonce/%s/ring/%d/Collector.application"
                .formatted(channel, Rollout.ring(id, "collector")));
    ClickOnceIT.Manifest manifest = fetch(server.baseUrl() + url);
    assertThat(manifest.version()).isEqualTo(expected);
    assertThat(manifest.codebase())
        .as("the Collector keeps coming back to its ring")
        .isEqualTo(server.baseUrl() + url);
    return manifest;
  }

  private static void assertVerifiedByTheClient(String url, String version) throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    assertThat(ClickOnceCheck.run(url, out, out)).as("verify-clickonce " + printed).isZero();
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("verified Collector.application " + version);
  }

  /** The ring's application manifest and payload, with ETag and Range as on the plain channel. */
  private void assertRingFilesServed(ClickOnceIT.Manifest ring, String version) throws Exception {
    String folder = ring.codebase().substring(0, ring.codebase().lastIndexOf('/') + 1);
    HttpResponse<byte[]> application =
        get(
            folder.substring(server.baseUrl().length())
                + ClickOnceIT.encode(ring.applicationManifestPath()));
    assertThat(application.statusCode()).isEqualTo(200);
    assertThat(application.headers().firstValue("Content-Type"))
        .hasValue("application/x-ms-manifest");
    assertThat((long) application.body().length).isEqualTo(ring.applicationManifestSize());
    PublishFixture publish = PublishFixture.of(version);
    String dll =
        folder.substring(server.baseUrl().length())
            + ClickOnceIT.encode(publish.entryName("Collector.dll"));
    HttpResponse<byte[]> whole = get(dll);
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.body()).isEqualTo(publish.files().get("Collector.dll"));
    assertThat(whole.headers().firstValue("ETag")).isPresent();
    HttpResponse<byte[]> part = get(dll, "Range", "bytes=10-19");
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.body()).hasSize(10);
    assertThat(
            get(dll, "If-None-Match", whole.headers().firstValue("ETag").orElseThrow())
                .statusCode())
        .isEqualTo(304);
  }

  private JsonObject listed(String channel) {
    Api.Reply channels = tenants.api().get("/api/v1/clickonce/channels", updating.pipeline());
    assertThat(channels.status()).as(channels.body()).isEqualTo(200);
    return Json.createReader(new StringReader(channels.body())).readArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("channel").equals(channel))
        .findFirst()
        .orElseThrow();
  }

  private ClickOnceIT.Manifest plain(String channel) throws Exception {
    return fetch(server.baseUrl() + "/clickonce/" + channel + "/Collector.application");
  }

  private ClickOnceIT.Manifest fetch(String url) throws Exception {
    HttpResponse<byte[]> response = get(url.substring(server.baseUrl().length()));
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/x-ms-application");
    return ClickOnceIT.parse(response.body());
  }

  private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}

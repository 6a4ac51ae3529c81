package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.repository.rollout.Rollout;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The update check end to end: releases published by a pipeline, an enrolled installation of a
 * subscribed customer asks what to do and gets a decision signed by the package-signing key, then
 * downloads (and resumes) the packages it is entitled to.
 */
@ExtendWith(PortalServer.class)
class UpdateCheckIT {

  private static final String APP = "4.2.0.17";

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Updating updating = new Updating(server, tenants);

  @Test
  void aSignedDecisionInstallsUpdatesAndRemovesPlugins() throws Exception {
    String kept = updating.plugin("upd-x");
    String added = updating.plugin("upd-y");
    String dropped = updating.plugin("upd-z");
    updating.publish(kept, "1.0.0");
    JsonObject newer = updating.publish(kept, "1.1.0");
    JsonObject other = updating.publish(added, "2.0.0");
    updating.publish(dropped, "0.1.0");
    String token = updating.installation(updating.customerAllowing(List.of(kept, added)));

    HttpResponse<String> reply =
        updating.check(token, Updating.body(APP, Map.of(kept, "1.0.0", dropped, "0.1.0")), null);

    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/jose");
    JsonObject header = Updating.header(reply.body());
    assertThat(header.getString("alg")).isEqualTo("RS256");
    assertThat(header.getString("kid")).isEqualTo(newer.getString("keyId"));
    PublicKey key = updating.key(header.getString("kid"));
    JsonObject decision = Updating.verified(reply.body(), key);
    assertThat(decision.getJsonNumber("installationId").longValue())
        .isEqualTo(updating.installationId(token));
    assertThat(decision.getJsonObject("subscription").getString("status")).isEqualTo("ok");
    Instant issued = Instant.parse(decision.getString("issuedAt"));
    assertThat(Duration.between(issued, Instant.parse(decision.getString("expires"))))
        .isEqualTo(Duration.ofHours(24));
    assertThat(decision.getJsonNumber("decisionVersion").longValue()).isPositive();

    JsonObject update = Updating.plugin(decision, kept);
    assertThat(update.getString("action")).isEqualTo("update");
    assertThat(update.getString("version")).isEqualTo("1.1.0");
    assertThat(update.getString("sha256")).isEqualTo(newer.getString("sha256"));
    assertThat(update.getString("signature")).isEqualTo(newer.getString("signature"));
    assertThat(update.getString("keyId")).isEqualTo(newer.getString("keyId"));
    assertThat(update.getJsonNumber("size").longValue())
        .isEqualTo(newer.getJsonNumber("size").longValue());
    assertThat(update.getString("url")).isEqualTo("/api/collector/v1/plugins/" + kept + "/1.1.0");
    JsonObject install = Updating.plugin(decision, added);
    assertThat(install.getString("action")).isEqualTo("install");
    assertThat(install.getString("sha256")).isEqualTo(other.getString("sha256"));
    JsonObject remove = Updating.plugin(decision, dropped);
    assertThat(remove.getString("action")).as("not in the plan").isEqualTo("remove");

    String[] parts = reply.body().split("\\.");
    String tampered =
        parts[0]
            + "."
            + parts[1].substring(0, parts[1].length() - 2)
            + (parts[1].endsWith("A") ? "BA" : "AA")
            + "."
            + parts[2];
    assertThat(Updating.verifies(tampered, key)).as("a changed payload fails").isFalse();
  }

  @Test
  void anotherCustomersPluginIsNeitherOfferedNorDownloadable() throws Exception {
    String exclusive = updating.plugin("upd-only-a");
    String common = updating.plugin("upd-common");
    JsonObject release = updating.publish(exclusive, "1.0.0");
    updating.publish(common, "1.0.0");
    String tokenA = updating.installation(updating.customerAllowing(List.of(exclusive, common)));
    String tokenB = updating.installation(updating.customerAllowing(List.of(common)));
    String path = "/api/collector/v1/plugins/" + exclusive + "/1.0.0";
    PublicKey key = updating.key(release.getString("keyId"));

    JsonObject decisionB = updating.decision(tokenB, Updating.body(APP, Map.of()), key);
    JsonObject decisionA = updating.decision(tokenA, Updating.body(APP, Map.of()), key);

    assertThat(Updating.plugin(decisionB, exclusive)).as("B is not entitled").isNull();
    assertThat(Updating.plugin(decisionB, common).getString("action")).isEqualTo("install");
    assertThat(Updating.plugin(decisionA, exclusive).getString("action")).isEqualTo("install");
    assertThat(updating.download(tokenB, path, null).statusCode()).isEqualTo(404);
    assertThat(updating.download(tokenA, path, null).statusCode()).isEqualTo(200);
    assertThat(
            updating
                .download(tokenA, "/api/collector/v1/plugins/" + exclusive + "/9.9.9", null)
                .statusCode())
        .as("an unknown version")
        .isEqualTo(404);
  }

  @Test
  void theSameDecisionIsReusedAndAnswers304ForItsETag() throws Exception {
    String code = updating.plugin("upd-etag");
    updating.publish(code, "1.0.0");
    String token = updating.installation(updating.customerAllowing(List.of(code)));
    String body = Updating.body(APP, Map.of(code, "1.0.0"));

    HttpResponse<String> first = updating.check(token, body, null);
    HttpResponse<String> second = updating.check(token, body, null);
    String etag = first.headers().firstValue("ETag").orElseThrow();

    assertThat(second.body()).as("the same signed bytes").isEqualTo(first.body());
    assertThat(second.headers().firstValue("ETag")).contains(etag);
    assertThat(etag).isEqualTo("\"" + PluginPackages.sha256Hex(bytes(first.body())) + "\"");
    HttpResponse<String> notModified = updating.check(token, body, etag);
    assertThat(notModified.statusCode()).isEqualTo(304);
    assertThat(notModified.body()).isEmpty();
    assertThat(updating.check(token, body, "\"other\"").statusCode()).isEqualTo(200);
    HttpResponse<String> changed =
        updating.check(token, Updating.body(APP, Map.of(code, "0.9.0")), etag);
    assertThat(changed.statusCode()).as("other inputs, another decision").isEqualTo(200);
    assertThat(changed.headers().firstValue("ETag"))
        .isNotEqualTo(first.headers().firstValue("ETag"));
  }

  @Test
  void aPublicationOrRevocationRaisesTheDecisionVersionAndRevokedVersionsRollForward()
      throws Exception {
    String code = updating.plugin("upd-version");
    JsonObject first = updating.publish(code, "1.0.0");
    String token = updating.installation(updating.customerAllowing(List.of(code)));
    PublicKey key = updating.key(first.getString("keyId"));
    String installed = Updating.body(APP, Map.of(code, "1.0.0"));
    JsonObject before = updating.decision(token, installed, key);
    assertThat(Updating.plugin(before, code).getString("action")).isEqualTo("keep");

    JsonObject second = updating.publish(code, "1.1.0");
    JsonObject after = updating.decision(token, installed, key);

    assertThat(after.getJsonNumber("decisionVersion").longValue())
        .isGreaterThan(before.getJsonNumber("decisionVersion").longValue());
    assertThat(Updating.plugin(after, code).getString("action")).isEqualTo("update");

    updating.revoke(second);
    JsonObject rolled = updating.decision(token, Updating.body(APP, Map.of(code, "1.1.0")), key);
    assertThat(rolled.getJsonNumber("decisionVersion").longValue())
        .isGreaterThan(after.getJsonNumber("decisionVersion").longValue());
    JsonObject forward = Updating.plugin(rolled, code);
    assertThat(forward.getString("action")).isEqualTo("update");
    assertThat(forward.getString("version")).as("the best remaining").isEqualTo("1.0.0");
    assertThat(
            updating
                .download(token, "/api/collector/v1/plugins/" + code + "/1.1.0", null)
                .statusCode())
        .as("a revoked release is no longer served")
        .isEqualTo(404);
    updating.revoke(first);
    JsonObject none = updating.decision(token, installed, key);
    assertThat(Updating.plugin(none, code).getString("action")).isEqualTo("remove");
  }

  @Test
  void anInterruptedDownloadResumesWithARange() {
    String code = updating.plugin("upd-range");
    byte[] pkg = PluginPackages.plugin(code, "1.0.0", null);
    JsonObject release = updating.publish(code, "1.0.0", pkg);
    String token = updating.installation(updating.customerAllowing(List.of(code)));
    String path = "/api/collector/v1/plugins/" + code + "/1.0.0";
    int half = pkg.length / 2;

    HttpResponse<byte[]> whole = updating.download(token, path, null);
    HttpResponse<byte[]> head = updating.download(token, path, "bytes=0-" + (half - 1));
    HttpResponse<byte[]> rest = updating.download(token, path, "bytes=" + half + "-");

    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.body()).isEqualTo(pkg);
    assertThat(whole.headers().firstValue("ETag"))
        .contains("\"" + release.getString("sha256") + "\"");
    assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");
    assertThat(whole.headers().firstValue("Content-Length")).contains(String.valueOf(pkg.length));
    assertThat(head.statusCode()).isEqualTo(206);
    assertThat(head.headers().firstValue("Content-Range"))
        .contains("bytes 0-" + (half - 1) + "/" + pkg.length);
    assertThat(rest.statusCode()).isEqualTo(206);
    assertThat(rest.headers().firstValue("Content-Range"))
        .contains("bytes " + half + "-" + (pkg.length - 1) + "/" + pkg.length);
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    joined.writeBytes(head.body());
    joined.writeBytes(rest.body());
    assertThat(joined.toByteArray()).isEqualTo(pkg);
    assertThat(PluginPackages.sha256Hex(joined.toByteArray()))
        .isEqualTo(release.getString("sha256"));
    HttpResponse<byte[]> beyond = updating.download(token, path, "bytes=" + pkg.length + "-");
    assertThat(beyond.statusCode()).isEqualTo(416);
    assertThat(beyond.headers().firstValue("Content-Range")).contains("bytes */" + pkg.length);
  }

  @Test
  void aMandatoryAppReleaseAboveTheInstalledOneIsRequired() throws Exception {
    JsonObject app = updating.publishMandatoryApp("65000.1.0.0");
    String token = updating.installation(updating.customerAllowing(List.of("none")));
    PublicKey key = updating.key(app.getString("keyId"));

    JsonObject older = updating.decision(token, Updating.body("65000.0.9.9", Map.of()), key);
    JsonObject current = updating.decision(token, Updating.body("65000.1.0.0", Map.of()), key);

    assertThat(older.getJsonObject("app").getString("required")).isEqualTo("65000.1.0.0");
    int ring = Rollout.ring(Long.toString(updating.installationId(token)), "collector");
    assertThat(older.getJsonObject("app").getString("url"))
        .as("the installation's ClickOnce ring, where it keeps coming back")
        .isEqualTo("/clickonce/stable/ring/" + ring + "/Collector.application");
    assertThat(current.isNull("app")).as("already on it").isTrue();
  }

  @Test
  void graceUpdatesButInstallsNothingNewAndAnEndedSubscriptionChangesNothing() throws Exception {
    String installed = updating.plugin("upd-grace-x");
    String fresh = updating.plugin("upd-grace-y");
    JsonObject release = updating.publish(installed, "1.0.0");
    updating.publish(installed, "1.1.0");
    updating.publish(fresh, "1.0.0");
    Updating.Customer customer = updating.subscribed(List.of(installed, fresh));
    String token = updating.installation(customer.id());
    PublicKey key = updating.key(release.getString("keyId"));
    String body = Updating.body(APP, Map.of(installed, "1.0.0"));
    Subscribing subscribing = new Subscribing(server, tenants);
    assertThat(
            updating.decision(token, body, key).getJsonObject("subscription").getString("status"))
        .as("known as paid before the term runs out")
        .isEqualTo("ok");

    subscribing.shift(customer.subscription(), "31 days");
    subscribing.run();
    JsonObject grace = updating.decision(token, body, key);

    assertThat(grace.getJsonObject("subscription").getString("status")).isEqualTo("grace");
    assertThat(grace.getJsonObject("subscription").getString("reason")).contains("grace");
    assertThat(Updating.plugin(grace, installed).getString("action")).isEqualTo("update");
    assertThat(Updating.plugin(grace, fresh)).as("nothing new in grace").isNull();

    subscribing.shift(customer.subscription(), "14 days");
    subscribing.run();
    subscribing.run();
    JsonObject ended = updating.decision(token, body, key);

    assertThat(ended.getJsonObject("subscription").getString("status")).isEqualTo("none");
    assertThat(ended.getJsonObject("subscription").getString("reason")).isNotBlank();
    assertThat(Updating.plugin(ended, installed).getString("action")).isEqualTo("keep");
    assertThat(Updating.plugin(ended, installed).containsKey("url")).isFalse();
    assertThat(Updating.plugin(ended, fresh)).isNull();
    assertThat(
            updating
                .download(token, "/api/collector/v1/plugins/" + installed + "/1.1.0", null)
                .statusCode())
        .as("no download without a valid subscription")
        .isEqualTo(404);
  }

  @Test
  void onlyAnInstallationChecks() {
    String body = Updating.body(APP, Map.of());
    assertThat(updating.check(tenants.vendorAdmin(), body, null).statusCode())
        .as("a person's token")
        .isEqualTo(403);
    assertThat(updating.check(null, body, null).statusCode()).as("no token").isEqualTo(401);
    assertThat(updating.download(null, "/api/collector/v1/plugins/x/1.0.0", null).statusCode())
        .isEqualTo(401);
    assertThat(
            updating
                .download(tenants.vendorAdmin(), "/api/collector/v1/plugins/x/1.0.0", null)
                .statusCode())
        .isEqualTo(403);
    Api.Reply invalid =
        api.post(Updating.CHECK, "{\"appVersion\":\"4.2\"}", updating.installation(customer()));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.problemFields()).isEqualTo("appVersion");
  }

  @Test
  void theCheckNotesWhatTheInstallationRunsForItsPages() {
    String plugin = updating.plugin("upd-runs");
    updating.publish(plugin, "1.0.0");
    String token = updating.installation(updating.customerAllowing(List.of(plugin)));
    Instant before = Instant.now().minusSeconds(5);

    HttpResponse<String> first =
        updating.check(token, Updating.body("4.3.0.1", Map.of(plugin, "1.0.0")), null);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    JsonObject seen = api.get(Installing.OWN, token).json();
    assertThat(seen.getString("appVersion")).isEqualTo("4.3.0.1");
    assertThat(seen.getJsonObject("plugins").getString(plugin)).isEqualTo("1.0.0");
    assertThat(Instant.parse(seen.getString("lastContactAt"))).isAfter(before);

    updating.check(token, Updating.body("4.3.0.2", Map.of()), null);

    JsonObject changed = api.get(Installing.OWN, token).json();
    assertThat(changed.getString("appVersion"))
        .as("a change is noted at once")
        .isEqualTo("4.3.0.2");
    assertThat(changed.getJsonObject("plugins")).isEmpty();
  }

  @Test
  void aBodyThatIsNoCheckIsRefusedNamingWhy() throws Exception {
    String token = updating.installation(customer());

    Api.Reply truncated = api.post(Updating.CHECK, "{\"appVersion\":", token);
    assertThat(truncated.status()).isEqualTo(400);
    assertThat(truncated.isProblem()).isTrue();
    assertThat(truncated.problemFields()).isEqualTo("body");
    Api.Reply numbers =
        api.post(Updating.CHECK, "{\"appVersion\":\"4.2.0.17\",\"plugins\":{\"ocr\":1}}", token);
    assertThat(numbers.status()).isEqualTo(400);
    assertThat(numbers.problemFields()).isEqualTo("plugins.ocr");

    HttpResponse<String> text = raw(token, "text/plain", Updating.body(APP, Map.of()));
    assertThat(text.statusCode()).isEqualTo(415);
    assertThat(text.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    String huge = "{\"appVersion\":\"4.2.0.17\",\"channel\":\"" + "b".repeat(70_000) + "\"}";
    assertThat(raw(token, "application/json", huge).statusCode()).isEqualTo(413);
  }

  private HttpResponse<String> raw(String token, String type, String body) throws Exception {
    return java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(server.uri(Updating.CHECK))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", type)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private long customer() {
    return updating.customerAllowing(List.of("none"));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}

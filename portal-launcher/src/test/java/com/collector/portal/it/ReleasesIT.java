package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.repository.clickonce.PublishFixture;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Release pipelines publish through the API with an API token holding PUBLISH_RELEASES: uploads are
 * validated, stored, signed (verifiable with the published key) and refused with 4xx naming the
 * field, leaving nothing behind.
 */
@ExtendWith(PortalServer.class)
class ReleasesIT {

  private static final String ZIP = "application/zip";
  private static String pipelineToken;
  private static String managerToken;

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();

  /** A release manager's API token with only PUBLISH_RELEASES (made once per run). */
  private synchronized String pipeline() {
    if (pipelineToken == null) {
      Tenants.Account manager =
          tenants.user(tenants.vendorOrganizationId(), "RELEASE_MANAGER", tenants.vendorAdmin());
      managerToken = manager.token();
      Api.Reply created =
          api.post(
              "/api/v1/api-tokens",
              "{\"name\":\"release pipeline\",\"rights\":[\"PUBLISH_RELEASES\"]}",
              managerToken);
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      pipelineToken = created.json().getString("secret");
    }
    return pipelineToken;
  }

  private JsonObject product(String prefix) {
    String code = Tenants.unique(prefix);
    Api.Reply created =
        api.post(
            "/api/v1/products",
            ("{\"code\":%s,\"nameEn\":\"OCR\",\"nameFr\":\"ROC\",\"nameNl\":\"OCR\","
                    + "\"description\":\"Reads scans\"}")
                .formatted(Api.quote(code)),
            pipeline());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  private static Map<String, String> query(String product, String version, String... more) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("product", product);
    query.put("version", version);
    for (int i = 0; i < more.length; i += 2) {
      query.put(more[i], more[i + 1]);
    }
    return query;
  }

  private Api.Reply upload(Map<String, String> query, byte[] body) {
    return PluginPackages.upload(server, query, body, ZIP, pipeline());
  }

  @Test
  void aPipelinePublishesASignedPluginReleaseThatVerifiesWithThePublishedKey() throws Exception {
    String code = product("ocr").getString("code");
    byte[] pkg = PluginPackages.plugin(code, "1.2.0", "\"minAppVersion\":\"4.0.0.0\"");

    Api.Reply created =
        upload(
            query(
                code,
                "1.2.0",
                "channel",
                "beta",
                "rollout",
                "10",
                "mandatory",
                "true",
                "notes.en",
                "Faster",
                "notes.fr",
                "Plus rapide"),
            pkg);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject release = created.json();
    assertThat(release.getString("state")).isEqualTo("DRAFT");
    assertThat(release.getString("channel")).isEqualTo("beta");
    assertThat(release.getInt("rolloutPercent")).isEqualTo(10);
    assertThat(release.getBoolean("mandatory")).isTrue();
    assertThat(release.getString("minAppVersion")).as("from the manifest").isEqualTo("4.0.0.0");
    assertThat(release.getJsonObject("notes").getString("fr")).isEqualTo("Plus rapide");
    assertThat(release.getString("sha256")).isEqualTo(PluginPackages.sha256Hex(pkg));
    assertThat(release.getJsonNumber("size").longValue()).isEqualTo(pkg.length);
    assertThat(created.header("Location")).endsWith("/api/v1/releases/" + release.getInt("id"));
    Path blob = blob(release.getString("sha256"));
    assertThat(Files.readAllBytes(blob)).isEqualTo(pkg);

    Api.Reply keys = api.get("/api/collector/v1/keys", null);
    assertThat(keys.status()).isEqualTo(200);
    assertThat(keys.contentType()).startsWith("application/jwk-set+json");
    JsonObject key =
        keys.json().getJsonArray("keys").stream()
            .map(k -> k.asJsonObject())
            .filter(k -> k.getString("kid").equals(release.getString("keyId")))
            .findFirst()
            .orElseThrow();
    assertThat(key.getString("alg")).isEqualTo("RS256");
    PublicKey publicKey = PluginPackages.rsaKey(key.getString("n"), key.getString("e"));
    String signature = release.getString("signature");
    assertThat(PluginPackages.verifies(publicKey, PluginPackages.sha256(pkg), signature)).isTrue();
    byte[] tampered = pkg.clone();
    tampered[tampered.length / 2] ^= 1;
    assertThat(PluginPackages.verifies(publicKey, PluginPackages.sha256(tampered), signature))
        .as("a changed byte no longer verifies")
        .isFalse();
    assertThat(api.get("/.well-known/jwks.json", null).body())
        .as("package signing has its own key, not the API token key")
        .doesNotContain(release.getString("keyId"));
  }

  @Test
  void aPublishedReleaseOnlyRisesInRolloutAndCanBeRevoked() {
    JsonObject product = product("lifecycle");
    String code = product.getString("code");
    long id =
        upload(query(code, "2.0.0", "rollout", "20"), PluginPackages.plugin(code, "2.0.0", null))
            .json()
            .getInt("id");
    String path = "/api/v1/releases/" + id;

    assertThat(api.post(path + "/rollout", "{\"percent\":5}", pipeline()).status())
        .as("a draft's rollout may go down")
        .isEqualTo(200);
    Api.Reply published = api.post(path + "/publication", null, pipeline());
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    assertThat(published.json().getString("state")).isEqualTo("PUBLISHED");
    assertThat(published.json().getString("publishedBy")).contains("API token");

    Api.Reply again = api.post(path + "/publication", null, pipeline());
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.problemFields()).isEqualTo("state");
    Api.Reply lower = api.post(path + "/rollout", "{\"percent\":1}", pipeline());
    assertThat(lower.status()).isEqualTo(409);
    assertThat(lower.problemFields()).isEqualTo("percent");
    Api.Reply outOfRange = api.post(path + "/rollout", "{\"percent\":101}", pipeline());
    assertThat(outOfRange.status()).isEqualTo(400);
    assertThat(outOfRange.problemFields()).isEqualTo("percent");
    Api.Reply raised = api.post(path + "/rollout", "{\"percent\":50}", pipeline());
    assertThat(raised.status()).isEqualTo(200);
    assertThat(raised.json().getInt("rolloutPercent")).isEqualTo(50);
    assertThat(api.get(path, pipeline()).json().getInt("rolloutPercent")).isEqualTo(50);

    Api.Reply revoked = api.post(path + "/revocation", null, pipeline());
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().getString("state")).isEqualTo("REVOKED");
    assertThat(api.post(path + "/revocation", null, pipeline()).status()).isEqualTo(409);
    assertThat(api.post(path + "/rollout", "{\"percent\":90}", pipeline()).status()).isEqualTo(409);
    Api.Reply listed =
        api.get("/api/v1/products/" + product.getInt("id") + "/releases", pipeline());
    assertThat(listed.body()).contains("\"REVOKED\"").contains("\"rolloutPercent\":50");
  }

  @Test
  void releasesAreListedHighestSemanticVersionFirst() {
    JsonObject product = product("order");
    String code = product.getString("code");
    for (String version : new String[] {"1.10.0", "1.9.0", "1.10.0-rc.1"}) {
      Api.Reply created = upload(query(code, version), PluginPackages.plugin(code, version, null));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    Api.Reply listed =
        api.get("/api/v1/products/" + product.getInt("id") + "/releases", pipeline());

    String body = listed.body();
    assertThat(listed.status()).as(body).isEqualTo(200);
    assertThat(body.indexOf("\"1.10.0\"")).isPositive().isLessThan(body.indexOf("\"1.10.0-rc.1\""));
    assertThat(body.indexOf("\"1.10.0-rc.1\"")).isLessThan(body.indexOf("\"1.9.0\""));
  }

  @Test
  void theCollectorAppTakesAFourPartVersionAndAClickOncePublishButNoRange() {
    String version = "4.1.0." + new Random().nextInt(60000);
    byte[] pkg = PublishFixture.of(version).zip();

    Api.Reply ranged = upload(query("collector", version, "minAppVersion", "4.0.0.0"), pkg);
    Api.Reply semantic = upload(query("collector", "1.0.0"), pkg);
    Api.Reply created = upload(query("collector", version), pkg);

    assertThat(ranged.status()).isEqualTo(400);
    assertThat(ranged.problemFields()).isEqualTo("minAppVersion");
    assertThat(semantic.problemFields()).isEqualTo("version");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().getString("kind")).isEqualTo("APP");
    assertThat(created.json().getString("product")).isEqualTo("collector");
    assertThat(api.get("/api/v1/products", pipeline()).body()).contains("\"APP\"");
  }

  @Test
  void refusedUploadsNameTheFieldAndLeaveNoRowAndNoBlob() throws Exception {
    String code = product("refused").getString("code");
    byte[] slip =
        PluginPackages.zip(
            Map.of(
                "collector-plugin.json",
                ("{\"id\":\"" + code + "\",\"version\":\"1.0.0\"}").getBytes(),
                "../../evil.dll",
                new byte[] {1, 2, 3}));
    byte[] bomb = PluginPackages.bomb(code, "1.0.0");
    byte[] otherVersion = PluginPackages.plugin(code, "1.0.1", null);
    byte[] otherId = PluginPackages.plugin("someone-else", "1.0.0", null);
    byte[] tooLarge = new byte[3 << 20];
    new Random(1).nextBytes(tooLarge);
    byte[] notZip = "just text".getBytes();

    assertRefused(upload(query(code, "1.0.0"), slip), 400, "package", slip);
    assertRefused(upload(query(code, "1.0.0"), bomb), 400, "package", bomb);
    assertRefused(
        upload(query(code, "1.0.0"), otherVersion), 400, "manifest.version", otherVersion);
    assertRefused(upload(query(code, "1.0.0"), otherId), 400, "manifest.id", otherId);
    assertRefused(upload(query(code, "1.0.0"), tooLarge), 413, "package", tooLarge);
    assertRefused(
        PluginPackages.uploadChunked(server, query(code, "1.0.0"), tooLarge, pipeline()),
        413,
        "package",
        tooLarge);
    assertRefused(upload(query(code, "1.0.0"), notZip), 400, "package", notZip);
    byte[] good = PluginPackages.plugin(code, "1.0.0", null);
    assertRefused(upload(query(code, "1.0.0", "rollout", "120"), good), 400, "rollout", good);
    assertRefused(upload(query(code, "1.0.0", "channel", "Beta!"), good), 400, "channel", good);
    assertRefused(upload(query(code, "1.0.0", "mandatory", "yes"), good), 400, "mandatory", good);
    assertRefused(upload(query(code, "one"), good), 400, "version", good);
    assertRefused(upload(query("no-such-product", "1.0.0"), good), 400, "product", good);
    assertRefused(
        upload(query(code, "1.0.0", "minAppVersion", "5.0.0.0", "maxAppVersion", "4.0.0.0"), good),
        400,
        "maxAppVersion",
        good);
    assertThat(rows(code)).as("no release row for a refused upload").isZero();

    assertThat(upload(query(code, "1.0.0"), good).status()).isEqualTo(201);
    byte[] sameVersionOtherBuild = PluginPackages.plugin(code, "1.0.0+build.2", null);
    Api.Reply duplicate = upload(query(code, "1.0.0+build.2"), sameVersionOtherBuild);
    assertRefused(duplicate, 409, "version", sameVersionOtherBuild);
    assertThat(rows(code)).isEqualTo(1);
  }

  private void assertRefused(Api.Reply reply, int status, String field, byte[] body)
      throws Exception {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.isProblem()).as(reply.body()).isTrue();
    assertThat(reply.problemFields()).as(reply.body()).isEqualTo(field);
    assertThat(blob(PluginPackages.sha256Hex(body))).as("no blob stored").doesNotExist();
    try (var files = Files.list(server.dataDirectory().resolve("uploads"))) {
      assertThat(files.count()).as("the spooled upload is deleted").isZero();
    }
  }

  @Test
  void onlyTheVendorsReleaseManagersPublish() {
    String code = product("rights").getString("code");
    byte[] pkg = PluginPackages.plugin(code, "1.0.0", null);
    Tenants.Account partner = tenants.partnerAdmin("releases-partner");
    long customer =
        tenants.organization(partner.organizationId(), "releases-customer", partner.token());
    Tenants.Account customerAdmin = tenants.user(customer, "CUSTOMER_ADMIN", partner.token());
    Tenants.Account agent =
        tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());

    for (String token : new String[] {partner.token(), customerAdmin.token(), agent.token()}) {
      Api.Reply refused = PluginPackages.upload(server, query(code, "1.0.0"), pkg, ZIP, token);
      assertThat(refused.status()).as(refused.body()).isEqualTo(403);
      assertThat(refused.isProblem()).isTrue();
      assertThat(api.get("/api/v1/products", token).status()).isEqualTo(403);
      assertThat(api.post("/api/v1/products", "{\"code\":\"x\"}", token).status()).isEqualTo(403);
    }
    Api.Reply anonymous = PluginPackages.upload(server, query(code, "1.0.0"), pkg, ZIP, null);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(api.get("/api/v1/products", null).status()).isEqualTo(401);
    assertThat(rows(code)).isZero();

    pipeline();
    Api.Reply asManager =
        PluginPackages.upload(server, query(code, "1.0.0"), pkg, ZIP, managerToken);
    assertThat(asManager.status()).as("the release manager in person").isEqualTo(201);
    long id = asManager.json().getInt("id");
    assertThat(api.post("/api/v1/releases/" + id + "/publication", null, partner.token()).status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/releases/" + id, customerAdmin.token()).status()).isEqualTo(403);
  }

  private Path blob(String sha256) {
    return server.dataDirectory().resolve("blobs").resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  private long rows(String productCode) {
    try (Connection connection = server.connect();
        PreparedStatement count =
            connection.prepareStatement(
                "SELECT count(*) FROM product_release r JOIN product p ON p.id = r.product_id"
                    + " WHERE p.code = ?")) {
      count.setString(1, productCode);
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.client.ClickOnceCheck;
import com.collector.repository.clickonce.PublishFixture;
import com.collector.repository.clickonce.signing.ManifestVerifier;
import com.collector.repository.clickonce.signing.StrongNameKeys;
import com.collector.repository.clickonce.signing.VerifiedManifest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * ClickOnce hosting end to end: a release pipeline uploads publish zips, the portal serves each
 * channel's deployment manifest rewritten and signed (verified here with the plugin repository's
 * verifier), and every file of the publish with content type, ETag and Range.
 */
@ExtendWith(PortalServer.class)
class ClickOnceIT {

  private static final String ASM_V2 = "urn:schemas-microsoft-com:asm.v2";
  private static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Updating updating = new Updating(server, tenants);
  private final Api api = tenants.api();

  /** Above every app version the other end-to-end tests publish on stable. */
  private static final String BASE = "65200." + new Random().nextInt(60000) + ".0.";

  @Test
  void channelsServeSignedManifestsThatFollowPublicationsAndRevocations() throws Exception {
    String baseline = stableMinimum();
    String channel = Tenants.unique("co").toLowerCase();
    assertThat(get("/clickonce/" + channel + "/Collector.application").statusCode())
        .as("no release names the channel yet")
        .isEqualTo(404);

    updating.publishApp(BASE + "1", "stable", false);
    Manifest stable = manifest("stable");
    assertThat(stable.version()).isEqualTo(BASE + "1");
    assertThat(stable.codebase())
        .isEqualTo(server.baseUrl() + "/clickonce/stable/Collector.application");
    assertThat(stable.minimum()).isEqualTo(baseline);
    assertThat(manifest(channel).statusOf())
        .as("a channel of its own only after a release")
        .isEqualTo(404);

    JsonObject mandatory = updating.publishApp(BASE + "2", channel, true);
    Manifest withMandatory = manifest(channel);
    assertThat(withMandatory.version()).isEqualTo(BASE + "2");
    assertThat(withMandatory.minimum()).isEqualTo(BASE + "2");
    assertThat(withMandatory.codebase())
        .isEqualTo(server.baseUrl() + "/clickonce/" + channel + "/Collector.application");
    assertThat(manifest("stable").version())
        .as("stable does not see the channel")
        .isEqualTo(BASE + "1");

    updating.publishApp(BASE + "3", channel, false);
    Manifest newer = manifest(channel);
    assertThat(newer.version()).isEqualTo(BASE + "3");
    assertThat(newer.minimum()).isEqualTo(BASE + "2");
    HttpResponse<byte[]> stableFile =
        get(
            "/clickonce/"
                + channel
                + "/"
                + encode(PublishFixture.of(BASE + "1").applicationManifestEntry()));
    assertThat(stableFile.statusCode()).as("the channel sees stable's files").isEqualTo(200);

    updating.revoke(mandatory);
    Manifest revoked = manifest(channel);
    assertThat(revoked.version()).isEqualTo(BASE + "3");
    assertThat(revoked.minimum()).as("back to what stable requires").isEqualTo(baseline);

    assertListed(channel, revoked, baseline);

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int verified =
        ClickOnceCheck.run(
            revoked.codebase(),
            new PrintStream(printed, true, StandardCharsets.UTF_8),
            new PrintStream(printed, true, StandardCharsets.UTF_8));
    assertThat(verified).as("collector-client verify-clickonce " + printed).isZero();
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("verified Collector.application " + BASE + "3")
        .contains("publicKeyToken " + revoked.signer().identity().publicKeyToken());
  }

  @Test
  void everyFileOfThePublishIsServedWithItsTypeEtagAndRanges() throws Exception {
    String version = BASE + "7";
    String channel = Tenants.unique("files").toLowerCase();
    updating.publishApp(version, channel, false);
    PublishFixture publish = PublishFixture.of(version);
    Manifest manifest = manifest(channel);

    HttpResponse<byte[]> application =
        get("/clickonce/" + channel + "/" + encode(manifest.applicationManifestPath()));
    assertThat(application.statusCode()).isEqualTo(200);
    assertThat(application.headers().firstValue("Content-Type"))
        .hasValue("application/x-ms-manifest");
    assertThat(Base64.getEncoder().encodeToString(sha256(application.body())))
        .as("the digest the signed deployment manifest declares")
        .isEqualTo(manifest.applicationManifestDigest());
    assertThat((long) application.body().length).isEqualTo(manifest.applicationManifestSize());

    for (Map.Entry<String, byte[]> entry : publish.entries().entrySet()) {
      if (entry.getKey().endsWith(".application")) {
        // Only the channel's signed manifest is served, not a copy as uploaded (version folder).
        assertThat(get("/clickonce/" + channel + "/" + encode(entry.getKey())).statusCode())
            .as(entry.getKey())
            .isEqualTo(entry.getKey().equals("Collector.application") ? 200 : 404);
        continue;
      }
      HttpResponse<byte[]> served = get("/clickonce/" + channel + "/" + encode(entry.getKey()));
      assertThat(served.statusCode()).as(entry.getKey()).isEqualTo(200);
      assertThat(served.body()).as(entry.getKey()).isEqualTo(entry.getValue());
      assertThat(served.headers().firstValue("ETag"))
          .hasValue("\"" + sha256Hex(entry.getValue()) + "\"");
      assertThat(served.headers().firstValue("Content-Type"))
          .hasValue(
              entry.getKey().endsWith(".manifest")
                  ? "application/x-ms-manifest"
                  : "application/octet-stream");
    }

    assertRangesServed(channel, publish);

    HttpResponse<byte[]> deployment = get("/clickonce/" + channel + "/Collector.application");
    assertThat(deployment.headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(deployment.headers().firstValue("ETag"))
        .hasValue("\"" + sha256Hex(deployment.body()) + "\"");
    assertThat(
            get("/clickonce/" + channel + "/Application%20Files/nothing.dll.deploy").statusCode())
        .isEqualTo(404);
    assertThat(get("/clickonce/unknown/Collector.application").statusCode()).isEqualTo(404);
  }

  @Test
  void refusedPublishesNameTheFieldAndLeaveNothing() throws Exception {
    assertRefused(BASE + "20", PublishFixture.of(BASE + "20").omit("Collector.dll").zip(), "file");
    assertRefused(
        BASE + "21", PublishFixture.of(BASE + "21").corrupt("logo.ico").zip(), "file.hash");
    assertRefused(BASE + "22", PublishFixture.of(BASE + "23").zip(), "deploymentManifest.version");
    assertRefused(
        BASE + "24",
        PublishFixture.of(BASE + "24").entry("../../evil.dll", new byte[] {1, 2, 3}).zip(),
        "package");
  }

  @Test
  void onlyTheVendorsReleaseManagersUploadAndSeeChannels() {
    Tenants.Account partner = tenants.partnerAdmin("co-partner");
    String version = BASE + "30";
    Api.Reply upload =
        PluginPackages.upload(
            server,
            Map.of("product", "collector", "version", version),
            PublishFixture.of(version).zip(),
            "application/zip",
            partner.token());
    assertThat(upload.status()).as(upload.body()).isEqualTo(403);
    Api.Reply channels = api.get("/api/v1/clickonce/channels", partner.token());
    assertThat(channels.status()).as(channels.body()).isEqualTo(403);
    assertThat(channels.isProblem()).isTrue();
  }

  /** The channels API tells what the channel serves, down to the manifest's digest and signer. */
  private void assertListed(String channel, Manifest served, String baseline) throws Exception {
    Api.Reply channels = api.get("/api/v1/clickonce/channels", updating.pipeline());
    assertThat(channels.status()).as(channels.body()).isEqualTo(200);
    assertThat(channels.body()).contains("\"channel\":\"" + channel + "\"");
    JsonObject listed =
        Json.createReader(new StringReader(channels.body())).readArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("channel").equals(channel))
            .findFirst()
            .orElseThrow();
    assertThat(listed.getString("currentVersion")).isEqualTo(BASE + "3");
    JsonValue minimum = listed.get("minimumRequiredVersion");
    assertThat(
            minimum == null || minimum == JsonValue.NULL
                ? null
                : listed.getString("minimumRequiredVersion"))
        .isEqualTo(baseline);
    assertThat(listed.getString("manifestUrl")).isEqualTo(served.codebase());
    assertThat(listed.getString("sha256")).isEqualTo(sha256Hex(served.bytes()));
    assertThat(listed.getString("publicKeyToken"))
        .isEqualTo(
            StrongNameKeys.publicKeyToken(
                (RSAPublicKey) served.signer().certificate().getPublicKey()));
    assertThat(listed.getString("certificateThumbprint"))
        .isEqualTo(
            HexFormat.of()
                .withUpperCase()
                .formatHex(
                    MessageDigest.getInstance("SHA-1")
                        .digest(served.signer().certificate().getEncoded())));
    assertThat(listed.getString("certificateSubject")).contains("CN=");
  }

  /** One range, beyond the end, another If-Range tag, and HEAD on a payload file. */
  private void assertRangesServed(String channel, PublishFixture publish) throws Exception {
    String dll = "/clickonce/" + channel + "/" + encode(publish.entryName("Collector.dll"));
    byte[] content = publish.files().get("Collector.dll");
    HttpResponse<byte[]> part = get(dll, "Range", "bytes=10-19");
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.headers().firstValue("Content-Range"))
        .hasValue("bytes 10-19/" + content.length);
    assertThat(part.body()).isEqualTo(Arrays.copyOfRange(content, 10, 20));
    HttpResponse<byte[]> beyond = get(dll, "Range", "bytes=" + content.length + "-");
    assertThat(beyond.statusCode()).isEqualTo(416);
    HttpResponse<byte[]> otherTag = get(dll, "Range", "bytes=10-19", "If-Range", "\"old\"");
    assertThat(otherTag.statusCode())
        .as("If-Range with another tag: the whole file")
        .isEqualTo(200);
    HttpResponse<Void> head =
        HTTP.send(
            HttpRequest.newBuilder(server.uri(dll))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Length"))
        .hasValue(Integer.toString(content.length));
  }

  private void assertRefused(String version, byte[] zip, String field) throws Exception {
    long blobs = blobCount();
    Api.Reply reply =
        PluginPackages.upload(
            server,
            Map.of("product", "collector", "version", version),
            zip,
            "application/zip",
            updating.pipeline());
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.isProblem()).isTrue();
    assertThat(reply.problemFields()).as(reply.body()).isEqualTo(field);
    assertThat(blobCount()).as("no blob stored").isEqualTo(blobs);
    assertThat(releases(version)).as("no release recorded").isZero();
    try (Stream<Path> spooled = Files.list(server.dataDirectory().resolve("uploads"))) {
      assertThat(spooled.count()).as("the spool is empty again").isZero();
    }
  }

  /** What stable requires now (other tests may have published mandatory releases there). */
  private String stableMinimum() throws Exception {
    HttpResponse<byte[]> current = get("/clickonce/stable/Collector.application");
    return current.statusCode() == 404 ? null : parse(current.body()).minimum();
  }

  private Manifest manifest(String channel) throws Exception {
    HttpResponse<byte[]> response = get("/clickonce/" + channel + "/Collector.application");
    if (response.statusCode() == 404) {
      return new Manifest(404, null, null, null, null, null, null, 0, null);
    }
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/x-ms-application");
    return parse(response.body());
  }

  static Manifest parse(byte[] bytes) throws Exception {
    VerifiedManifest verified = new ManifestVerifier().verify(bytes);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    Element deployment = (Element) document.getElementsByTagNameNS(ASM_V2, "deployment").item(0);
    Element provider =
        (Element) deployment.getElementsByTagNameNS(ASM_V2, "deploymentProvider").item(0);
    Element dependent =
        (Element) document.getElementsByTagNameNS(ASM_V2, "dependentAssembly").item(0);
    String digest =
        dependent.getElementsByTagNameNS(DSIG, "DigestValue").item(0).getTextContent().strip();
    return new Manifest(
        200,
        bytes,
        verified.identity().version(),
        provider.getAttribute("codebase"),
        deployment.hasAttribute("minimumRequiredVersion")
            ? deployment.getAttribute("minimumRequiredVersion")
            : null,
        dependent.getAttribute("codebase").replace('\\', '/'),
        digest,
        Long.parseLong(dependent.getAttribute("size")),
        verified);
  }

  record Manifest(
      int statusOf,
      byte[] bytes,
      String version,
      String codebase,
      String minimum,
      String applicationManifestPath,
      String applicationManifestDigest,
      long applicationManifestSize,
      VerifiedManifest signer) {}

  private HttpResponse<byte[]> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String encode(String path) {
    StringBuilder out = new StringBuilder();
    for (String segment : path.split("/")) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return out.toString();
  }

  private long blobCount() throws IOException {
    Path blobs = server.dataDirectory().resolve("blobs");
    if (!Files.isDirectory(blobs)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(blobs)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  private long releases(String version) throws Exception {
    try (Connection connection = server.connect();
        PreparedStatement query =
            connection.prepareStatement("SELECT count(*) FROM product_release WHERE version = ?")) {
      query.setString(1, version);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static byte[] sha256(byte[] content) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(content);
  }

  private static String sha256Hex(byte[] content) throws Exception {
    return HexFormat.of().formatHex(sha256(content));
  }
}

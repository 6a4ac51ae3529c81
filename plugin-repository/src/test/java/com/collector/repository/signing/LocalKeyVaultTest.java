package com.collector.repository.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The emulator's own protocol, seen by a plain JDK client: what the SDK relies on. */
class LocalKeyVaultTest {

  @RegisterExtension final LocalKeyVault vault = LocalKeyVault.perTest();
  private HttpClient http;

  @BeforeEach
  void trustTheVault() throws Exception {
    http = HttpClient.newBuilder().sslContext(vault.tls().clientContext()).build();
  }

  @Test
  void aRequestWithoutTheTokenGetsTheBearerChallenge() throws Exception {
    HttpResponse<String> response = get("/keys/plugins?api-version=7.6", null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).contains(LocalKeyVault.CHALLENGE);
  }

  @Test
  void aRequestWithAWrongTokenGetsTheChallengeToo() throws Exception {
    assertThat(get("/keys/plugins?api-version=7.6", "someone-else").statusCode()).isEqualTo(401);
  }

  @Test
  void aRequestWithoutApiVersionIsRefused() throws Exception {
    HttpResponse<String> response = get("/keys/plugins", LocalKeyVault.TOKEN);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"code\":\"BadParameter\"", "api-version");
  }

  @Test
  void anUnknownKeyIsNotFoundAsKeyVaultSaysIt() throws Exception {
    HttpResponse<String> response = get("/keys/plugins?api-version=7.6", LocalKeyVault.TOKEN);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("\"code\":\"KeyNotFound\"");
  }

  @Test
  void anUnknownCertificateIsNotFoundAsKeyVaultSaysIt() throws Exception {
    HttpResponse<String> response =
        get("/certificates/codesign/?api-version=7.6", LocalKeyVault.TOKEN);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("\"code\":\"CertificateNotFound\"");
  }

  @Test
  void aCallTheEmulatorDoesNotServeIsRefusedNotGuessed() throws Exception {
    HttpResponse<String> response = get("/secrets/plugins?api-version=7.6", LocalKeyVault.TOKEN);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("does not serve GET /secrets/plugins");
  }

  @Test
  void aKeyRefusesAnOperationItDoesNotAllow() throws Exception {
    HttpResponse<String> created =
        post("/keys/plugins/create", "{\"kty\":\"RSA\",\"key_size\":2048,\"key_ops\":[\"sign\"]}");
    String version = created.body().replaceFirst(".*/keys/plugins/(\\w+).*", "$1");

    HttpResponse<String> response =
        post(
            "/keys/plugins/" + version + "/wrapkey",
            "{\"alg\":\"RSA-OAEP-256\",\"value\":\"AQID\"}");

    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("wrapKey is not permitted");
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(vault.url() + path + "?api-version=7.6"))
            .header("Authorization", "Bearer " + LocalKeyVault.TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(vault.url() + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}

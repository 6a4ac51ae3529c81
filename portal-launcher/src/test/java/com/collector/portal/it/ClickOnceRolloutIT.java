package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.repository.clickonce.signing.ManifestVerifier;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A channel's deployment manifest reaches every ClickOnce client of the channel, so an app release
 * at a partial rollout is not served there before it is rolled out to everyone.
 */
@ExtendWith(PortalServer.class)
class ClickOnceRolloutIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Updating updating = new Updating(server, tenants);

  @Test
  void anAppReleaseIsServedOnlyOnceRolledOutToEveryone() throws Exception {
    String channel = Tenants.unique("ring").toLowerCase();
    // Above every version the other tests publish on stable, which every channel also sees.
    String version = "65300." + new Random().nextInt(60000) + ".0.1";

    JsonObject staged = updating.publishAppToSome(version, channel, 10);

    assertThat(servedVersion(channel))
        .as("a partial rollout is not served to every client of the channel")
        .isNotEqualTo(Optional.of(version));
    Api.Reply raised =
        tenants
            .api()
            .post(
                "/api/v1/releases/" + staged.getInt("id") + "/rollout",
                "{\"percent\":100}",
                updating.pipeline());
    assertThat(raised.status()).as(raised.body()).isEqualTo(200);
    assertThat(servedVersion(channel)).contains(version);
  }

  /** The version the channel's signed deployment manifest installs, if it serves one. */
  private Optional<String> servedVersion(String channel) throws Exception {
    HttpResponse<byte[]> response =
        HTTP.send(
            HttpRequest.newBuilder(server.uri("/clickonce/" + channel + "/Collector.application"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    assertThat(response.statusCode()).isEqualTo(200);
    return Optional.of(new ManifestVerifier().verify(response.body()).identity().version());
  }
}

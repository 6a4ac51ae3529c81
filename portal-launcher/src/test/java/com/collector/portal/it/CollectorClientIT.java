package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.client.ClientState;
import com.collector.client.CollectorClient;
import com.collector.client.Decision;
import com.collector.client.RefusedPackage;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference client against the real portal: it enrolls with a code, checks for updates, and
 * downloads, verifies and installs the plugins the signed decision names.
 */
@ExtendWith(PortalServer.class)
class CollectorClientIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Updating updating = new Updating(server, tenants);

  @TempDir Path state;

  @Test
  void theClientEnrollsInstallsAndUpdatesPublishedPlugins() throws Exception {
    String code = updating.plugin("cli-x");
    updating.publish(code, "1.0.0");
    long customer = updating.customerAllowing(List.of(code));
    String enrollment =
        new Installing(server, tenants).created(customer, tenants.vendorAdmin()).getString("code");
    CollectorClient client = new CollectorClient(server.uri("/"), state);

    long id =
        client.enroll(
            enrollment, new CollectorClient.Facts("DESK-" + code, "Windows 11 Pro", "4.2.0.17"));
    Decision first = client.update();

    assertThat(first.installationId()).isEqualTo(id);
    assertThat(first.plugins()).extracting(Decision.Step::action).containsExactly("install");
    Path installed = client.pluginDirectory(code, "1.0.0");
    assertThat(installed.resolve("collector-plugin.json")).content().contains(code);
    assertThat(installed.resolve("lib/plugin.dll")).exists();
    ClientState saved = ClientState.load(state);
    assertThat(saved.installationId()).isEqualTo(id);
    assertThat(saved.plugins()).containsEntry(code, "1.0.0");
    assertThat(saved.decisionVersion()).isEqualTo(first.version()).isPositive();

    updating.publish(code, "1.1.0");
    Decision second = new CollectorClient(server.uri("/"), state).appVersion("4.2.0.17").update();

    assertThat(second.version()).isGreaterThan(first.version());
    assertThat(second.plugins()).extracting(Decision.Step::action).containsExactly("update");
    assertThat(client.pluginDirectory(code, "1.1.0").resolve("collector-plugin.json"))
        .content()
        .contains("1.1.0");
    assertThat(installed).as("the old version is gone").doesNotExist();
    assertThat(ClientState.load(state).plugins()).containsEntry(code, "1.1.0");
    assertThat(ClientState.load(state).decisionVersion()).isEqualTo(second.version());
    try (var parts = Files.list(state.resolve("downloads"))) {
      assertThat(parts).isEmpty();
    }

    Decision unchanged =
        new CollectorClient(server.uri("/"), state).appVersion("4.2.0.17").update();

    assertThat(unchanged.version()).isEqualTo(second.version());
    assertThat(unchanged.plugins()).extracting(Decision.Step::action).containsExactly("keep");
    String tag = ClientState.load(state).decisionTag();
    assertThat(tag)
        .as("the ETag of the saved decision, sent as If-None-Match")
        .isEqualTo(
            "\""
                + PluginPackages.sha256Hex(Files.readAllBytes(state.resolve("decision.jws")))
                + "\"");
  }

  @Test
  void theClientRefusesAPackageChangedInTheBlobStore() throws Exception {
    String code = updating.plugin("cli-flip");
    JsonObject release = updating.publish(code, "1.0.0");
    long customer = updating.customerAllowing(List.of(code));
    String enrollment =
        new Installing(server, tenants).created(customer, tenants.vendorAdmin()).getString("code");
    CollectorClient client = new CollectorClient(server.uri("/"), state);
    client.enroll(enrollment, new CollectorClient.Facts("DESK-" + code, "Windows 11", "4.2.0.17"));
    String sha256 = release.getString("sha256");
    Path blob =
        server.dataDirectory().resolve("blobs").resolve(sha256.substring(0, 2)).resolve(sha256);
    byte[] bytes = Files.readAllBytes(blob);
    bytes[bytes.length / 2] ^= 1;
    Files.write(blob, bytes);

    assertThatThrownBy(client::update)
        .isInstanceOfSatisfying(
            RefusedPackage.class,
            refused -> assertThat(refused.reason()).isEqualTo(RefusedPackage.Reason.BAD_HASH));
    assertThat(client.pluginDirectory(code, "1.0.0")).doesNotExist();
    assertThat(ClientState.load(state).plugins()).doesNotContainKey(code);
  }
}

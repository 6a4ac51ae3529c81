package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.client.ClientState;
import com.collector.client.CollectorClient;
import com.collector.client.ConfigurationConflict;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference client drives the configuration protocol against the real portal: its first start
 * applies revision 1, a local edit pushed becomes a revision, support's change arrives at the next
 * pull, and a key changed on both sides leaves the local file alone.
 */
@ExtendWith(PortalServer.class)
class CollectorClientConfigurationIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Installing installing = new Installing(server, tenants);
  private final Configuring configuring = new Configuring(tenants, installing);

  @TempDir Path state;

  @Test
  void theClientPullsAndPushesItsConfigurationFile() throws Exception {
    installing.forgetFailures();
    Configuring.Configured configured =
        configuring.configured("cli-config", "{'general':{'language':'fr','logLevel':'info'}}");
    String person = configured.partner().token();
    CollectorClient client = new CollectorClient(server.uri("/"), state);
    client.enroll(
        configured.code(), new CollectorClient.Facts("DESK-CFG", "Windows 11", "4.2.0.17"));
    Path file = client.configurationFile();

    assertThat(file).content().contains("\"language\": \"fr\"");
    assertThat(ClientState.load(state).configurationRevision()).isEqualTo(1);
    assertThat(client.pullConfiguration(file).applied()).as("up to date").isFalse();
    assertThat(configuring.current(configured.id(), person).getBoolean("applied")).isTrue();

    Files.writeString(file, Files.readString(file).replace("\"info\"", "\"debug\""));
    CollectorClient.Pushed pushed = client.pushConfiguration(file, "debugging a run");
    assertThat(pushed.revision()).isEqualTo(2);
    assertThat(configuring.current(configured.id(), person).getString("comment"))
        .isEqualTo("debugging a run");

    configuring.edited(
        configured.id(), 2, "{'general':{'language':'nl','logLevel':'debug'}}", person);
    CollectorClient.Pulled pulled = client.pullConfiguration(file);
    assertThat(pulled.revision()).isEqualTo(3);
    assertThat(file).content().contains("\"language\": \"nl\"");

    configuring.edited(
        configured.id(), 3, "{'general':{'language':'en','logLevel':'debug'}}", person);
    String local = Files.readString(file).replace("\"nl\"", "\"fr\"");
    Files.writeString(file, local);
    assertThatThrownBy(() -> client.pushConfiguration(file, null))
        .isInstanceOfSatisfying(
            ConfigurationConflict.class,
            conflict -> {
              assertThat(conflict.revision()).isEqualTo(4);
              assertThat(conflict.conflicts())
                  .extracting(ConfigurationConflict.Conflict::path)
                  .containsExactly("/general/language");
            });
    assertThat(file).content().isEqualTo(local);
  }
}

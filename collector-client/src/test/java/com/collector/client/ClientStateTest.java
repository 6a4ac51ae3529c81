package com.collector.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientStateTest {

  @TempDir Path dir;

  @Test
  void aStateFileOfAnOlderClientLoadsWithNoConfigurationApplied() throws Exception {
    Files.writeString(
        dir.resolve(ClientState.FILE),
        """
        #Collector client state
        installationId=42
        credential=cpic_secret
        decisionVersion=1000
        decisionTag="abc"
        plugin.ocr=1.0.0
        """);

    ClientState state = ClientState.load(dir);

    assertThat(state.configurationRevision()).isZero();
    assertThat(state.installationId()).isEqualTo(42);
    assertThat(state.decisionVersion()).isEqualTo(1000);
    assertThat(state.plugins()).isEqualTo(Map.of("ocr", "1.0.0"));
  }

  @Test
  void theAppliedConfigurationRevisionIsKept() {
    ClientState state = ClientState.load(dir);
    state.configurationRevision(12);
    state.save();

    assertThat(ClientState.load(dir).configurationRevision()).isEqualTo(12);
  }
}

package com.collector.repository.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the tests' own Azurite installation fails and how two runs installing at once end. */
class AzuriteInstallationTest {

  @TempDir Path parent;

  @Test
  void failsClearlyWithoutNodeJs() {
    assertThatThrownBy(() -> AzuriteInstallation.executable("no-such-node-" + UUID.randomUUID()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Node.js 20+ and npm on the PATH");
  }

  @Test
  void aCompleteInstallIsRenamedIntoPlace() throws IOException {
    Path partial = Files.createDirectories(parent.resolve("azurite.partial-1/node_modules"));
    Path home = parent.resolve("azurite");

    AzuriteInstallation.publish(partial.getParent(), home);

    assertThat(home.resolve("node_modules")).isDirectory();
    assertThat(partial.getParent()).doesNotExist();
  }

  @Test
  void theLaterOfTwoInstallsYieldsToTheFirst() throws IOException {
    Path home = Files.createDirectories(parent.resolve("azurite/node_modules/first"));
    Path partial = Files.createDirectories(parent.resolve("azurite.partial-2/node_modules/second"));

    AzuriteInstallation.publish(partial.getParent().getParent(), home.getParent().getParent());

    assertThat(home).isDirectory();
    assertThat(parent.resolve("azurite/node_modules/second")).doesNotExist();
    assertThat(parent.resolve("azurite.partial-2")).doesNotExist();
  }
}

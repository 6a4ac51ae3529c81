package com.collector.portal.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseSettingsTest {

  @Test
  void commitsAreDurableByDefault() {
    assertEquals("on", EmbeddedDatabaseSettings.of("").get("synchronous_commit"));
  }

  @Test
  void theOperatorsSettingsWinAndAddToTheDefaults() {
    Map<String, String> settings =
        EmbeddedDatabaseSettings.of(" shared_buffers = 256MB ,work_mem=16MB,");
    assertEquals("256MB", settings.get("shared_buffers"));
    assertEquals("on", settings.get("synchronous_commit"));
    assertEquals("16MB", settings.get("work_mem"));
    assertEquals("4GB", settings.get("max_wal_size"));
  }

  @Test
  void aPairWithoutNameOrEqualsIsRefusedNamingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> EmbeddedDatabaseSettings.of("work_mem=16MB,fsync"));
    assertTrue(e.getMessage().contains("\"fsync\""), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> EmbeddedDatabaseSettings.of("=on"));
  }
}

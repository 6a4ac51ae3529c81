package com.collector.portal.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the portal keeps its local state (keys; the embedded database lives beside it). */
@ApplicationScoped
public class DataDirectory {

  @Inject
  @ConfigProperty(name = "portal.data.dir", defaultValue = "data")
  String directory;

  public Path keys() {
    return Path.of(directory).toAbsolutePath().resolve("keys");
  }
}

package com.collector.client;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What the client remembers between runs, in {@code <state>/client.properties}: the installation id
 * and credential (the file is readable by its owner only), the last decision version seen, the
 * installed plugin versions and the configuration revision applied. Written to a temporary file and
 * moved over the old one atomically.
 */
public final class ClientState {

  static final String FILE = "client.properties";
  private static final String PLUGIN = "plugin.";

  private final Path file;
  private long installationId;
  private String credential;
  private long decisionVersion;
  private String decisionTag;
  private long configurationRevision;
  private final Map<String, String> plugins = new TreeMap<>();

  private ClientState(Path file) {
    this.file = file;
  }

  /** The state kept in {@code directory}; empty when there is none yet. */
  public static ClientState load(Path directory) {
    ClientState state = new ClientState(directory.resolve(FILE));
    if (!Files.exists(state.file)) {
      return state;
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(state.file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + state.file, e);
    }
    state.installationId = Long.parseLong(properties.getProperty("installationId", "0"));
    state.credential = properties.getProperty("credential");
    state.decisionVersion = Long.parseLong(properties.getProperty("decisionVersion", "0"));
    state.decisionTag = properties.getProperty("decisionTag");
    // Absent from the state of clients older than configuration pull and push: none applied yet.
    state.configurationRevision =
        Long.parseLong(properties.getProperty("configurationRevision", "0"));
    for (String name : properties.stringPropertyNames()) {
      if (name.startsWith(PLUGIN)) {
        state.plugins.put(name.substring(PLUGIN.length()), properties.getProperty(name));
      }
    }
    return state;
  }

  /** Writes the state atomically, owner-only. */
  public synchronized void save() {
    Properties properties = new Properties();
    properties.setProperty("installationId", Long.toString(installationId));
    if (credential != null) {
      properties.setProperty("credential", credential);
    }
    properties.setProperty("decisionVersion", Long.toString(decisionVersion));
    if (decisionTag != null) {
      properties.setProperty("decisionTag", decisionTag);
    }
    properties.setProperty("configurationRevision", Long.toString(configurationRevision));
    plugins.forEach((id, version) -> properties.setProperty(PLUGIN + id, version));
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), FILE, ".tmp");
      ownerOnly(temp);
      try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        properties.store(writer, "Collector client state");
      }
      move(temp, file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  static void ownerOnly(Path path) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    }
  }

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  public Path file() {
    return file;
  }

  public long installationId() {
    return installationId;
  }

  public String credential() {
    return credential;
  }

  public boolean enrolled() {
    return credential != null && installationId > 0;
  }

  void enrolled(long id, String secret) {
    this.installationId = id;
    this.credential = secret;
  }

  public long decisionVersion() {
    return decisionVersion;
  }

  void decisionVersion(long version) {
    this.decisionVersion = version;
  }

  /** The ETag of the last decision, sent as {@code If-None-Match}; null when none. */
  public String decisionTag() {
    return decisionTag;
  }

  void decisionTag(String tag) {
    this.decisionTag = tag;
  }

  /** The revision of the configuration last applied to the local file; 0 when none. */
  public long configurationRevision() {
    return configurationRevision;
  }

  void configurationRevision(long revision) {
    this.configurationRevision = revision;
  }

  /** Installed plugin versions by id. */
  public Map<String, String> plugins() {
    return Map.copyOf(plugins);
  }

  void installed(String id, String version) {
    if (version == null) {
      plugins.remove(id);
    } else {
      plugins.put(id, version);
    }
  }
}

package com.collector.portal.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A portal of a test's own (the launcher jar, as {@link PortalServer} starts it) on a fresh
 * database of the machine's PostgreSQL ({@code PORTAL_DB_URL}) and a port of its own, which the
 * test may kill and start again on the same database and data directory. The shared portal is not
 * touched.
 */
final class OwnPortal implements AutoCloseable {

  static final String ADMIN_EMAIL = "own-admin@vendor.invalid";
  private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);

  private final String serverUrl;
  private final String database;
  private final Path dataDirectory;
  private final Path log;
  private final String adminPassword = "Initial-" + UUID.randomUUID();
  private int port;
  private Process process;

  /** Null when {@code PORTAL_DB_URL} is not set (an embedded database would outlive a kill -9). */
  static OwnPortal onMachineDatabase() throws IOException {
    String url = System.getenv("PORTAL_DB_URL");
    return url == null || url.isBlank() ? null : new OwnPortal(url);
  }

  private OwnPortal(String serverUrl) throws IOException {
    this.serverUrl = serverUrl;
    this.database = "portal_own_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Path target =
        Path.of(System.getProperty("portal.launcher.jar", "target/portal-launcher.jar"))
            .getParent();
    this.dataDirectory = Files.createTempDirectory(target, "own-data-");
    this.log = dataDirectory.resolve("portal.log");
    sql("CREATE DATABASE " + database);
  }

  String adminPassword() {
    return adminPassword;
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(
        PortalServer.withDatabase(serverUrl, database),
        System.getenv().getOrDefault("PORTAL_DB_USER", "postgres"),
        System.getenv().getOrDefault("PORTAL_DB_PASSWORD", ""));
  }

  /**
   * Starts the portal (again) on a free port and waits until it is ready; answers the time taken.
   */
  Duration start() throws IOException {
    Instant started = Instant.now();
    port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-jar",
                System.getProperty("portal.launcher.jar", "target/portal-launcher.jar"))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Map<String, String> environment = builder.environment();
    environment.put("PORTAL_PORT", Integer.toString(port));
    environment.put("PORTAL_DATA_DIR", dataDirectory.toString());
    environment.put("PORTAL_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
    environment.put("PORTAL_BOOTSTRAP_ADMIN_EMAIL", ADMIN_EMAIL);
    environment.put("PORTAL_DB_URL", PortalServer.withDatabase(serverUrl, database));
    environment.put("PORTAL_DB_USER", System.getenv().getOrDefault("PORTAL_DB_USER", "postgres"));
    // Nothing here mails; the alert and renewal jobs need not run.
    environment.put("PORTAL_MONITORING_ALERTS_ENABLED", "false");
    environment.put("PORTAL_SUBSCRIPTION_RENEWAL_ENABLED", "false");
    long logged = Files.exists(log) ? Files.size(log) : 0;
    process = builder.start();
    PortalServer.awaitReady(process, uri("/health/ready"), log, logged, STARTUP_LIMIT, 250);
    return Duration.between(started, Instant.now());
  }

  /** {@code kill -9}: the process gets no chance to finish anything. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
  }

  private void sql(String statement) {
    try (Connection connection =
            DriverManager.getConnection(
                serverUrl,
                System.getenv().getOrDefault("PORTAL_DB_USER", "postgres"),
                System.getenv().getOrDefault("PORTAL_DB_PASSWORD", ""));
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot run " + statement, e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

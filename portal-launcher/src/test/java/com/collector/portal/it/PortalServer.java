package com.collector.portal.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real portal (the launcher jar: Payara Micro + the WAR) once per test JVM and shares it
 * with every test class. It runs on the machine's PostgreSQL when {@code PORTAL_DB_URL} is set (in
 * a fresh database created for this run), otherwise on an embedded PostgreSQL in a fresh directory.
 */
public final class PortalServer
    implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

  public static final String ADMIN_EMAIL = "admin@vendor.invalid";
  private static final Duration STARTUP_LIMIT = Duration.ofMinutes(4);

  private static PortalServer instance;

  private final int port;
  private final String initialAdminPassword;
  private Process process;
  private String database;
  private String serverUrl;
  private Path log;
  private Path dataDirectory;
  private GreenMail mail;

  private PortalServer() {
    this.port = freePort();
    this.initialAdminPassword = "Initial-" + HexFormat.of().formatHex(randomBytes(8));
  }

  /** The running portal; starts it on first use. */
  public static synchronized PortalServer get() {
    if (instance == null) {
      PortalServer server = new PortalServer();
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      instance = server;
    }
    return instance;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    get();
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  /** JDBC URL of the portal's database, for tests that must look underneath the application. */
  public String jdbcUrl() {
    if (database != null) {
      return withDatabase(serverUrl, database);
    }
    try {
      java.util.regex.Matcher port =
          java.util.regex.Pattern.compile("Embedded PostgreSQL on port (\\d+)")
              .matcher(Files.readString(log));
      if (!port.find()) {
        throw new IllegalStateException("No embedded database port in " + log);
      }
      return "jdbc:postgresql://localhost:" + port.group(1) + "/postgres";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(
        jdbcUrl(),
        System.getenv().getOrDefault("PORTAL_DB_USER", "postgres"),
        System.getenv().getOrDefault("PORTAL_DB_PASSWORD", ""));
  }

  /** The SMTP server the portal sends to. */
  public GreenMail mail() {
    return mail;
  }

  /** What the portal has logged so far. */
  public String logText() throws IOException {
    return Files.readString(log);
  }

  /** The portal's data directory (keys, blobs), for tests that check what was written. */
  public Path dataDirectory() {
    return dataDirectory;
  }

  public String initialAdminPassword() {
    return initialAdminPassword;
  }

  private void start() {
    try {
      Path target =
          Path.of(System.getProperty("portal.launcher.jar", "target/portal-launcher.jar"))
              .getParent();
      dataDirectory = Files.createTempDirectory(target, "it-data-");
      log = target.resolve("portal-it.log");
      ProcessBuilder builder =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx512m",
                  "-jar",
                  System.getProperty("portal.launcher.jar", "target/portal-launcher.jar"))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      Map<String, String> environment = builder.environment();
      environment.put("PORTAL_PORT", Integer.toString(port));
      environment.put("PORTAL_DATA_DIR", dataDirectory.toString());
      environment.put("PORTAL_BOOTSTRAP_ADMIN_PASSWORD", initialAdminPassword);
      environment.put("PORTAL_BOOTSTRAP_ADMIN_EMAIL", ADMIN_EMAIL);
      // Small enough that ReleasesIT proves the 413 with a 3 MiB upload; no other test uploads.
      environment.put("PORTAL_RELEASES_MAX_PACKAGE_MB", "2");
      // Small enough that TicketAttachmentsIT proves the 413 with a 1.5 MiB file.
      environment.put("PORTAL_TICKETS_ATTACHMENT_MAX_MB", "1");
      // Round-the-clock hours and urgent targets of seconds let TicketServiceLevelsIT see a
      // warning and a breach at any hour; other priorities keep the defaults.
      environment.put("PORTAL_TICKETS_BUSINESS_HOURS", "MON-SUN 00:00-24:00");
      environment.put(
          "PORTAL_TICKETS_SLA_STANDARD",
          "URGENT=PT2S/PT4S,HIGH=PT4H/PT16H,NORMAL=PT8H/PT40H,LOW=PT16H/PT80H");
      // Small enough that TelemetryIT meets the quota with three full batches.
      environment.put("PORTAL_TELEMETRY_EVENTS_PER_MINUTE", "2500");
      // A real SMTP server in this JVM receives what the portal mails.
      mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      mail.start();
      environment.put("PORTAL_MAIL_SMTP_HOST", "127.0.0.1");
      environment.put("PORTAL_MAIL_SMTP_PORT", Integer.toString(mail.getSmtp().getPort()));
      String external = System.getenv("PORTAL_DB_URL");
      if (external != null && !external.isBlank()) {
        serverUrl = external;
        database = "portal_it_" + HexFormat.of().formatHex(randomBytes(4));
        sql("CREATE DATABASE " + database);
        environment.put("PORTAL_DB_URL", withDatabase(external, database));
        environment.put(
            "PORTAL_DB_USER", System.getenv().getOrDefault("PORTAL_DB_USER", "postgres"));
      } else {
        environment.remove("PORTAL_DB_URL");
      }
      process = builder.start();
      awaitReady();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start the portal", e);
    }
  }

  private void awaitReady() {
    awaitReady(process, uri("/health/ready"), log, 0, STARTUP_LIMIT, 500);
  }

  /**
   * Waits until {@code process} answers {@code health} with 200 and has logged, after {@code
   * logged} bytes of {@code log}, that the portal is ready; fails when it exits or {@code limit}
   * passes. Shared with {@link OwnPortal}, whose restarts append to the same log.
   */
  static void awaitReady(
      Process process, URI health, Path log, long logged, Duration limit, long pauseMillis) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The portal exited with " + process.exitValue() + "; see " + log);
      }
      try {
        HttpResponse<String> answer =
            client.send(
                HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200
            && Files.readString(log).substring((int) logged).contains("Collector Portal ready")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(pauseMillis);
    }
    throw new IllegalStateException("The portal was not ready within " + limit + "; see " + log);
  }

  @Override
  public synchronized void close() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (mail != null) {
      mail.stop();
    }
    if (database != null) {
      sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      database = null;
    }
  }

  private void sql(String statement) {
    String user = System.getenv().getOrDefault("PORTAL_DB_USER", "postgres");
    String password = System.getenv().getOrDefault("PORTAL_DB_PASSWORD", "");
    try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot run " + statement + " on " + serverUrl, e);
    }
  }

  /** The same server URL pointing at another database (keeps the query string). */
  static String withDatabase(String url, String name) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String parameters = query < 0 ? "" : url.substring(query);
    return base.substring(0, base.lastIndexOf('/') + 1) + name + parameters;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

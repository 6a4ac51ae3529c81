package com.collector.portal.launcher;

import fish.payara.micro.PayaraMicro;
import fish.payara.micro.PayaraMicroRuntime;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the portal in one process: an embedded PostgreSQL under the data directory (unless {@code
 * PORTAL_DB_URL} names an external one), then Payara Micro serving the portal at {@code /}.
 */
public final class PortalLauncher {

  private static final String SEND_FILE = "org.glassfish.grizzly.http.USE_SEND_FILE";

  private PortalLauncher() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    Path dataDirectory = Path.of(setting("portal.data.dir", "data")).toAbsolutePath();
    Files.createDirectories(dataDirectory);
    System.setProperty("portal.data.dir", dataDirectory.toString());
    int port = Integer.parseInt(setting("portal.port", "8080"));
    if (setting("portal.public.url", "").isBlank()) {
      // Links in mails point here unless the operator names the public address.
      System.setProperty("portal.public.url", "http://localhost:" + port);
    }

    // Grizzly sends files with sendfile only when asked before it starts; downloads use it.
    if (System.getProperty(SEND_FILE) == null) {
      System.setProperty(SEND_FILE, "true");
    }

    EmbeddedPostgres database = null;
    if (setting("portal.db.url", "").isBlank()) {
      database = startEmbeddedDatabase(dataDirectory.resolve("postgres"));
    } else {
      System.out.println("Using the external database " + setting("portal.db.url", ""));
    }

    PayaraMicro micro =
        PayaraMicro.getInstance()
            .setHttpPort(port)
            .setNoCluster(true)
            .addDeploymentFile(war().toFile());
    List<Path> extraWars = extraWars();
    for (Path extra : extraWars) {
      System.out.println("Also deploying " + extra + " (portal.extra.wars)");
      micro.addDeploymentFile(extra.toFile());
    }
    PayaraMicroRuntime runtime = micro.bootStrap();
    EmbeddedPostgres embedded = database;
    // Payara Micro goes on when a WAR fails to deploy: count them, the portal's among them.
    if (runtime.getDeployedApplicationNames().size() < 1 + extraWars.size()) {
      System.err.println(
          "The portal or one of portal.extra.wars failed to deploy (deployed: "
              + runtime.getDeployedApplicationNames()
              + "); see the log above.");
      stop(runtime, embedded);
      System.exit(1);
    }
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(runtime, embedded), "portal-shutdown"));
    System.out.printf(
        Locale.ROOT,
        "Collector Portal ready at http://localhost:%d/ in %.1f s%n",
        port,
        (System.nanoTime() - started) / 1e9);
  }

  private static EmbeddedPostgres startEmbeddedDatabase(Path directory) throws IOException {
    Files.createDirectories(directory);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false);
    EmbeddedDatabaseSettings.of(setting("portal.embedded-db.settings", ""))
        .forEach(builder::setServerConfig);
    EmbeddedPostgres database = builder.start();
    // The portal reads these through MicroProfile Config, as it would PORTAL_DB_URL & co.
    System.setProperty("portal.db.url", database.getJdbcUrl("postgres", "postgres"));
    System.setProperty("portal.db.user", "postgres");
    System.setProperty("portal.db.password", "postgres");
    System.out.println(
        "Embedded PostgreSQL on port " + database.getPort() + ", data in " + directory);
    return database;
  }

  private static void stop(PayaraMicroRuntime runtime, EmbeddedPostgres database) {
    try {
      runtime.shutdown();
    } catch (Exception e) {
      System.err.println("Payara Micro did not stop cleanly: " + e);
    }
    if (database != null) {
      try {
        database.close();
      } catch (IOException e) {
        System.err.println("PostgreSQL did not stop cleanly: " + e);
      }
    }
  }

  /** The portal WAR: {@code -Dportal.war}, or ROOT.war beside the launcher jar. */
  private static Path war() throws URISyntaxException {
    String configured = System.getProperty("portal.war");
    if (configured != null) {
      return Path.of(configured);
    }
    Path jar =
        Path.of(PortalLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return jar.getParent().resolve("ROOT.war");
  }

  /**
   * Further WARs deployed beside the portal, for benchmarks and operations: {@code
   * portal.extra.wars} (PORTAL_EXTRA_WARS), comma-separated paths, none by default. Payara Micro
   * serves each at its file name as context root ({@code bench.war} at {@code /bench}).
   */
  static List<Path> extraWars() {
    List<Path> wars = new ArrayList<>();
    for (String path : setting("portal.extra.wars", "").split(",")) {
      if (!path.isBlank()) {
        Path war = Path.of(path.strip()).toAbsolutePath();
        if (!Files.isRegularFile(war)) {
          throw new IllegalArgumentException("portal.extra.wars: no such file " + war);
        }
        wars.add(war);
      }
    }
    return wars;
  }

  /**
   * A system property, else its environment variable (portal.db.url: PORTAL_DB_URL), else the
   * default.
   */
  static String setting(String name, String fallback) {
    String value = System.getProperty(name);
    if (value == null) {
      value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
    }
    return value == null ? fallback : value;
  }
}

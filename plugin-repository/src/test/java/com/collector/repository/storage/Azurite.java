package com.collector.repository.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Azurite blob service as a child process on a port of its own choosing on 127.0.0.1, in
 * memory, without telemetry. Closing stops it; a JVM shutdown hook stops it too if the tests are
 * aborted.
 */
public final class Azurite implements AutoCloseable {

  /** Azurite's well-known development account (public, documented by Microsoft). */
  private static final String ACCOUNT = "devstoreaccount1";

  private static final String KEY =
      "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

  private static final Pattern LISTENING =
      Pattern.compile("successfully listens on http://127\\.0\\.0\\.1:(\\d+)");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path workspace;
  private final int port;
  private final Thread shutdownHook;

  private Azurite(Process process, Path workspace, int port) {
    this.process = process;
    this.workspace = workspace;
    this.port = port;
    this.shutdownHook = new Thread(this::stop, "azurite-stop");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  public static Azurite start() {
    Path main = AzuriteInstallation.blobMain();
    Path node = AzuriteInstallation.executable("node");
    try {
      Path workspace = Files.createTempDirectory("azurite-");
      Path log = workspace.resolve("azurite.log");
      List<String> command =
          List.of(
              node.toString(),
              main.toString(),
              "--blobHost",
              "127.0.0.1",
              "--blobPort",
              "0",
              "--inMemoryPersistence",
              "--disableTelemetry",
              "--silent",
              "--skipApiVersionCheck",
              "--loose");
      long started = System.nanoTime();
      Process process =
          new ProcessBuilder(command)
              .directory(workspace.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      Azurite azurite = new Azurite(process, workspace, awaitPort(process, log));
      System.out.printf(
          "Azurite %s listens on port %d (started in %d ms)%n",
          AzuriteInstallation.VERSION, azurite.port, (System.nanoTime() - started) / 1_000_000);
      return azurite;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start Azurite", e);
    }
  }

  /** Waits for the line that names the port: once printed, the port accepts connections. */
  private static int awaitPort(Process process, Path log) throws IOException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      String output = Files.readString(log);
      Matcher listening = LISTENING.matcher(output);
      if (listening.find()) {
        return Integer.parseInt(listening.group(1));
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("Azurite exited (" + process.exitValue() + "):\n" + output);
      }
      sleep(Duration.ofMillis(50));
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "Azurite did not start within " + START_TIMEOUT + ":\n" + Files.readString(log));
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for Azurite", e);
    }
  }

  int port() {
    return port;
  }

  String blobEndpoint() {
    return "http://127.0.0.1:" + port + "/" + ACCOUNT;
  }

  public String connectionString() {
    return "DefaultEndpointsProtocol=http;AccountName="
        + ACCOUNT
        + ";AccountKey="
        + KEY
        + ";BlobEndpoint="
        + blobEndpoint()
        + ";";
  }

  boolean isRunning() {
    return process.isAlive();
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // The hook runs or ran already.
    }
  }

  private void stop() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
      AzuriteInstallation.deleteTree(workspace);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // A temporary directory; left for the operating system.
    }
  }
}

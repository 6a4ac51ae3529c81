package com.collector.client;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar collector-client.jar enroll|check|update --portal URL --state DIR [--code CODE]
 * [--app-version V] [--channel C] [--machine NAME]}, {@code config pull|push --portal URL --state
 * DIR [--file PATH] [--comment TEXT]}, {@code telemetry send --portal URL --state DIR --file
 * EVENTS.json [--no-gzip]}, {@code telemetry load --portal URL --state DIR [--batches N]
 * [--batch-size S] [--concurrency C] [--no-gzip]}, or {@code verify-clickonce <url-or-file>}.
 */
public final class Main {

  static final String USAGE =
      "usage: collector-client enroll|check|update --portal URL --state DIR"
          + " [--code CODE] [--app-version V] [--channel C] [--machine NAME]"
          + "\n       collector-client config pull --portal URL --state DIR [--file PATH]"
          + "\n       collector-client config push --portal URL --state DIR [--file PATH]"
          + " [--comment TEXT]"
          + "\n       collector-client telemetry send --portal URL --state DIR --file EVENTS.json"
          + " [--no-gzip]"
          + "\n       collector-client telemetry load --portal URL --state DIR [--batches N (100)]"
          + " [--batch-size S (500, at most 1000)] [--concurrency C (1)] [--no-gzip]"
          + "\n       collector-client verify-clickonce <url-or-file>"
          + "\nexit: 0 done, 1 failure, 2 usage, 3 refused decision or package, 4 configuration"
          + " conflict, 5 configuration refused, 6 telemetry events rejected (the others stored)";

  /** Options without a value. */
  private static final Set<String> FLAGS = Set.of("no-gzip");

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command; answers the exit code: 0 ok, 2 usage, 3 refused (decision or package), 4
   * configuration conflict, 5 configuration refused by the portal, 6 telemetry events refused by
   * the portal (the valid ones stored), 1 other failures.
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && args[0].equals("verify-clickonce")) {
      return verifyClickOnce(args, out, err);
    }
    Map<String, String> options = new HashMap<>();
    String command = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--") && FLAGS.contains(args[i].substring(2))) {
        options.put(args[i].substring(2), "true");
      } else if (args[i].startsWith("--") && i + 1 < args.length) {
        options.put(args[i].substring(2), args[++i]);
      } else if (command == null) {
        command = args[i];
      } else if (command.equals("config") || command.equals("telemetry")) {
        command += " " + args[i];
      } else {
        err.println(USAGE);
        return 2;
      }
    }
    if (command == null || !options.containsKey("portal") || !options.containsKey("state")) {
      err.println(USAGE);
      return 2;
    }
    try {
      return execute(command, options, out, err);
    } catch (RefusedDecision | RefusedPackage e) {
      err.println("refused: " + e.getMessage());
      return 3;
    } catch (ConfigurationConflict e) {
      err.println("conflict: " + e.getMessage() + "; the local file is unchanged");
      for (ConfigurationConflict.Conflict conflict : e.conflicts()) {
        err.println(
            "  %s: portal %s, collector %s"
                .formatted(
                    conflict.path(),
                    Json.write(conflict.portal()),
                    Json.write(conflict.collector())));
      }
      return 4;
    } catch (RefusedConfiguration e) {
      err.println("refused: " + e.getMessage());
      e.errors().forEach(error -> err.println("  " + error.field() + ": " + error.message()));
      return 5;
    } catch (Exception e) {
      err.println("failed: " + e.getMessage());
      return 1;
    }
  }

  private static int verifyClickOnce(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 2) {
      err.println(USAGE);
      return 2;
    }
    try {
      return ClickOnceCheck.run(args[1], out, err);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("failed: interrupted");
      return 1;
    } catch (Exception e) {
      err.println("failed: " + e.getMessage());
      return 1;
    }
  }

  private static int execute(
      String command, Map<String, String> options, PrintStream out, PrintStream err)
      throws Exception {
    String appVersion = options.getOrDefault("app-version", "0.0.0.0");
    CollectorClient client =
        new CollectorClient(URI.create(options.get("portal")), Path.of(options.get("state")))
            .appVersion(appVersion)
            .channel(options.get("channel"));
    switch (command) {
      case "enroll" -> {
        if (!options.containsKey("code")) {
          err.println(USAGE);
          return 2;
        }
        String machine = options.getOrDefault("machine", hostName());
        long id =
            client.enroll(
                options.get("code"),
                new CollectorClient.Facts(machine, System.getProperty("os.name"), appVersion));
        out.println("enrolled as installation " + id);
        if (client.state().configurationRevision() > 0) {
          out.println(
              "configuration revision " + client.state().configurationRevision() + " applied");
        }
      }
      case "check" -> print(client.checkUpdates(), out);
      case "update" -> {
        print(client.update(), out);
        out.println("installed: " + client.state().plugins());
      }
      case "config pull", "config push" -> configure(command, client, options, out);
      case "telemetry send", "telemetry load" -> {
        return TelemetryCommand.run(command, client, options, out, err);
      }
      default -> {
        err.println(USAGE);
        return 2;
      }
    }
    return 0;
  }

  private static void configure(
      String command, CollectorClient client, Map<String, String> options, PrintStream out)
      throws Exception {
    Path file =
        options.containsKey("file") ? Path.of(options.get("file")) : client.configurationFile();
    if (command.equals("config pull")) {
      CollectorClient.Pulled pulled = client.pullConfiguration(file);
      if (pulled.applied()) {
        out.println("configuration revision " + pulled.revision() + " applied");
      } else if (pulled.revision() == 0) {
        out.println("no configuration yet (revision 0)");
      } else {
        out.println("configuration up to date (revision " + pulled.revision() + ")");
      }
    } else {
      CollectorClient.Pushed pushed = client.pushConfiguration(file, options.get("comment"));
      out.println(
          "configuration revision "
              + pushed.revision()
              + (pushed.merged() ? " (merged)" : " pushed"));
    }
  }

  private static void print(Decision decision, PrintStream out) {
    out.println(
        "decision " + decision.version() + " (subscription " + decision.subscription() + ")");
    if (decision.requiredApp() != null) {
      out.println("app update required: " + decision.requiredApp() + " " + decision.appUrl());
    }
    for (Decision.Step step : decision.plugins()) {
      out.println(step.action() + " " + step.id() + " " + step.version());
    }
  }

  private static String hostName() {
    String name = System.getenv("COMPUTERNAME");
    if (name == null) {
      name = System.getenv("HOSTNAME");
    }
    return name == null ? "unknown" : name;
  }
}

package com.collector.client;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code telemetry send --file events.json} and {@code telemetry load --batches N --batch-size S
 * --concurrency C}, both gzipped unless {@code --no-gzip}; the exit codes are {@link Main}'s, plus
 * {@value #REJECTED} when the portal refused events (the valid ones being stored).
 */
final class TelemetryCommand {

  static final int REJECTED = 6;

  private TelemetryCommand() {}

  /** Runs {@code telemetry send} or {@code telemetry load}; answers the exit code. */
  static int run(
      String command,
      CollectorClient client,
      Map<String, String> options,
      PrintStream out,
      PrintStream err)
      throws IOException {
    client.telemetryGzip(!options.containsKey("no-gzip"));
    if (command.equals("telemetry send")) {
      if (!options.containsKey("file")) {
        err.println(Main.USAGE);
        return 2;
      }
      CollectorClient.Sent sent = client.sendTelemetry(events(Path.of(options.get("file"))));
      out.printf(
          "accepted %d, duplicates %d, rejected %d%n",
          sent.accepted(), sent.duplicates(), sent.rejected().size());
      for (CollectorClient.Rejection rejection : sent.rejected()) {
        out.printf(
            "  rejected #%d %s: %s%n", rejection.index(), rejection.id(), rejection.reason());
      }
      if (sent.retries429() > 0) {
        out.println("over quota (429) " + sent.retries429() + " times, waited out");
      }
      return sent.rejected().isEmpty() ? 0 : REJECTED;
    }
    int batches = number(options, "batches", 100, Integer.MAX_VALUE);
    int size = number(options, "batch-size", Telemetry.BATCH_EVENTS, Telemetry.MAX_BATCH_EVENTS);
    int concurrency = number(options, "concurrency", 1, 1024);
    if (batches < 1 || size < 1 || concurrency < 1) {
      err.println(Main.USAGE);
      return 2;
    }
    TelemetryEvents events = new TelemetryEvents(Clock.systemUTC(), new SplittableRandom());
    List<byte[]> bodies =
        TelemetryLoad.bodies(events, batches, size, !options.containsKey("no-gzip"));
    TelemetryLoad.Result result = TelemetryLoad.send(client, bodies, size, concurrency);
    out.println(result.line());
    return result.rejected() == 0 ? 0 : REJECTED;
  }

  /** The events of {@code file}: a JSON array of event objects, or {@code {"events":[…]}}. */
  static List<String> events(Path file) throws IOException {
    Object parsed;
    try {
      parsed = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    Object listed = parsed instanceof Map<?, ?> batch ? batch.get("events") : parsed;
    if (!(listed instanceof List<?> items)) {
      throw new IOException(file + ": neither a JSON array of events nor {\"events\": [...]}");
    }
    List<String> events = new ArrayList<>(items.size());
    for (Object item : items) {
      if (!(item instanceof Map)) {
        throw new IOException(file + ": event " + events.size() + " is not a JSON object");
      }
      events.add(Json.write(item));
    }
    return events;
  }

  /** Option {@code name} as a number from 1 to {@code max}; 0 (a usage error) otherwise. */
  private static int number(Map<String, String> options, String name, int absent, int max) {
    String value = options.get(name);
    if (value == null) {
      return absent;
    }
    try {
      int number = Integer.parseInt(value);
      return number <= max ? number : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}

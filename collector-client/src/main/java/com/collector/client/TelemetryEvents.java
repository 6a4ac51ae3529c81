package com.collector.client;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Made-up but realistic telemetry for load tests: mostly {@code extraction_run} (about 80 %, of
 * which about 5 % failures and 3 % partial), the rest sessions, application errors and update
 * results, each with a unique id (a random UUID) and an {@code occurredAt} within the last hour.
 */
final class TelemetryEvents {

  private static final String APP_VERSION = "4.2.0.17";
  private static final List<String[]> PLUGINS =
      List.of(
          new String[] {"exact-online", "3.4.1", "Exact Online"},
          new String[] {"afas-profit", "2.9.0", "AFAS Profit"},
          new String[] {"twinfield", "1.12.3", "Twinfield"},
          new String[] {"sap-business-one", "5.0.2", "SAP Business One"},
          new String[] {"yuki", "1.3.0", "Yuki"});
  private static final List<String[]> FAILURES =
      List.of(
          new String[] {"AUTH_EXPIRED", "The source system refused the stored credentials (401)"},
          new String[] {"SOURCE_TIMEOUT", "No answer from the source system within 120 s"},
          new String[] {"RATE_LIMITED", "The source system's API limit was reached (429)"},
          new String[] {"SCHEMA_CHANGED", "Column 'AmountDC' is missing from GLTransactions"});
  private static final String STACK =
      """
      System.Net.Http.HttpRequestException: Connection refused (portal.example.com:443)
         at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port)
         at Collector.Sync.PortalClient.SendAsync(HttpRequestMessage request)
         at Collector.Sync.Uploader.UploadAsync(Extraction extraction)""";

  private final Clock clock;
  private final RandomGenerator random;

  TelemetryEvents(Clock clock, RandomGenerator random) {
    this.clock = clock;
    this.random = random;
  }

  /** One event as compact JSON. */
  String next() {
    Instant at = occurredAt();
    int kind = random.nextInt(100);
    String type =
        kind < 80
            ? "extraction_run"
            : kind < 85
                ? "session_start"
                : kind < 90 ? "session_end" : kind < 95 ? "app_error" : "update_result";
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("id", UUID.randomUUID().toString());
    event.put("type", type);
    event.put("occurredAt", at.toString());
    switch (type) {
      case "extraction_run" -> extraction(event, at);
      case "session_start" -> session(event);
      case "session_end" -> event.put("durationMs", 60_000L + random.nextLong(8 * 3_600_000L));
      case "app_error" -> {
        event.put("exceptionType", "System.Net.Http.HttpRequestException");
        event.put("message", "Connection refused (portal.example.com:443)");
        event.put("stackTrace", STACK);
      }
      default -> update(event);
    }
    return Json.write(event);
  }

  private static void session(Map<String, Object> event) {
    Map<String, Object> plugins = new LinkedHashMap<>();
    PLUGINS.forEach(plugin -> plugins.put(plugin[0], plugin[1]));
    event.put("appVersion", APP_VERSION);
    event.put("plugins", plugins);
    event.put("os", "Microsoft Windows 10.0.22631 (Windows 11 Pro)");
    event.put("dotnetVersion", "8.0.11");
  }

  private void extraction(Map<String, Object> event, Instant at) {
    String[] plugin = PLUGINS.get(random.nextInt(PLUGINS.size()));
    long rows = (long) Math.pow(10, 1 + random.nextDouble() * 4); // 10 to 100 000 rows
    int outcome = random.nextInt(100);
    boolean failed = outcome < 5;
    event.put("plugin", plugin[0]);
    event.put("sourceSystem", plugin[2]);
    event.put("company", "Company %03d".formatted(1 + random.nextInt(40)));
    event.put(
        "period",
        YearMonth.from(at.atOffset(ZoneOffset.UTC)).minusMonths(random.nextInt(2)).toString());
    event.put("rows", failed ? 0L : rows);
    event.put("bytes", failed ? 0L : rows * (120 + random.nextInt(300)));
    event.put("durationMs", 300L + rows / 20 + random.nextInt(2_000));
    event.put("result", failed ? "failure" : outcome < 8 ? "partial" : "success");
    if (failed) {
      String[] failure = FAILURES.get(random.nextInt(FAILURES.size()));
      event.put("errorCode", failure[0]);
      event.put("errorMessage", failure[1]);
    }
  }

  private void update(Map<String, Object> event) {
    boolean app = random.nextInt(4) == 0;
    String[] plugin = PLUGINS.get(random.nextInt(PLUGINS.size()));
    boolean success = random.nextInt(10) > 0;
    event.put("target", app ? "app" : plugin[0]);
    event.put("fromVersion", app ? "4.2.0.16" : "1.0.0");
    event.put("toVersion", app ? APP_VERSION : plugin[1]);
    event.put("success", success);
    event.put("durationMs", 2_000L + random.nextInt(60_000));
    if (!success) {
      event.put("error", "The package's signature does not verify");
    }
  }

  /** Within the last hour. */
  private Instant occurredAt() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS).minusMillis(random.nextLong(3_600_001L));
  }
}

package com.collector.portal.telemetry.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A batch's rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for null, backslash
 * escapes), in the column order of {@link #COLUMNS}.
 */
final class EventCopy {

  static final String COLUMNS =
      "installation_id, event_id, occurred_at, received_at, owner_path, type, plugin, result,"
          + " app_version, rows_count, bytes_count, duration_ms, error_code, fingerprint, payload";

  private EventCopy() {}

  static byte[] rows(
      long installationId, String ownerPath, Instant receivedAt, List<TelemetryEvent> events) {
    StringBuilder out = new StringBuilder(events.size() * 400);
    String installation = Long.toString(installationId);
    String received = IsoInstants.append(new StringBuilder(), receivedAt).toString();
    for (TelemetryEvent e : events) {
      out.append(installation).append('\t');
      text(out, e.id()).append('\t');
      IsoInstants.append(out, e.occurredAt()).append('\t');
      out.append(received).append('\t');
      text(out, ownerPath).append('\t');
      text(out, e.type().wireName()).append('\t');
      text(out, e.plugin()).append('\t');
      text(out, e.result()).append('\t');
      text(out, e.appVersion()).append('\t');
      number(out, e.rows()).append('\t');
      number(out, e.bytes()).append('\t');
      number(out, e.durationMs()).append('\t');
      text(out, e.errorCode()).append('\t');
      text(out, e.fingerprint()).append('\t');
      text(out, e.payload()).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static StringBuilder number(StringBuilder out, Long value) {
    return value == null ? out.append("\\N") : out.append(value.longValue());
  }

  /**
   * A text value, its backslashes and the characters COPY reads as separators escaped; the runs in
   * between appended whole (a payload is hundreds of characters, seldom with one to escape).
   */
  static StringBuilder text(StringBuilder out, String value) {
    if (value == null) {
      return out.append("\\N");
    }
    if (value.indexOf('\\') < 0
        && value.indexOf('\t') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return out.append(value); // the usual case, found by the JIT's vectorized searches
    }
    int run = 0;
    for (int i = 0, n = value.length(); i < n; i++) {
      String escape =
          switch (value.charAt(i)) {
            case '\\' -> "\\\\";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> null;
          };
      if (escape != null) {
        out.append(value, run, i).append(escape);
        run = i + 1;
      }
    }
    return out.append(value, run, value.length());
  }
}

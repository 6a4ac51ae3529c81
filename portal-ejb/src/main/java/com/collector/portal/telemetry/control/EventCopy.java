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
    String received = receivedAt.toString();
    for (TelemetryEvent e : events) {
      out.append(installation).append('\t');
      text(out, e.id()).append('\t');
      out.append(e.occurredAt()).append('\t');
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

  /** A text value, its backslashes and the characters COPY reads as separators escaped. */
  static StringBuilder text(StringBuilder out, String value) {
    if (value == null) {
      return out.append("\\N");
    }
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out;
  }
}

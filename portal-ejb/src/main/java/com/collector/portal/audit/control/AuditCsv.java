package com.collector.portal.audit.control;

import com.collector.portal.audit.boundary.AuditEntryView;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Audit entries as RFC 4180 CSV that spreadsheets open safely. */
public final class AuditCsv {

  static final String HEADER = "id,at,actor,action,entity_type,entity_id,origin,before,after";

  private AuditCsv() {}

  public static String of(List<AuditEntryView> entries) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (AuditEntryView e : entries) {
      csv.append(
              Stream.of(
                      Long.toString(e.id()),
                      e.at().toString(),
                      e.actor(),
                      e.action(),
                      e.entityType(),
                      e.entityId(),
                      e.origin(),
                      e.before(),
                      e.after())
                  .map(AuditCsv::cell)
                  .collect(Collectors.joining(",")))
          .append("\r\n");
    }
    return csv.toString();
  }

  /** Quotes when needed; a leading =, +, - or @ is neutralized so no cell runs as a formula. */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe =
        !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    boolean quote =
        safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
    return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }
}

package com.collector.portal.audit.control;

import com.collector.portal.audit.boundary.AuditEntryView;
import com.collector.portal.platform.control.Csv;
import java.util.List;

/** Audit entries as RFC 4180 CSV that spreadsheets open safely. */
public final class AuditCsv {

  static final String HEADER = "id,at,actor,action,entity_type,entity_id,origin,before,after";

  private AuditCsv() {}

  public static String of(List<AuditEntryView> entries) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (AuditEntryView e : entries) {
      csv.append(
          Csv.row(
              Long.toString(e.id()),
              e.at().toString(),
              e.actor(),
              e.action(),
              e.entityType(),
              e.entityId(),
              e.origin(),
              e.before(),
              e.after()));
    }
    return csv.toString();
  }

  static String cell(String value) {
    return Csv.cell(value);
  }
}

package com.collector.portal.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.audit.boundary.AuditEntryView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  @Test
  void writesAHeaderAndOneCrlfTerminatedLinePerEntry() {
    AuditEntryView entry =
        new AuditEntryView(
            3,
            Instant.parse("2026-11-24T10:00:00Z"),
            "a@b.test",
            "user.created",
            "user",
            "9",
            null,
            "{\"x\":1}",
            "::1");

    assertThat(AuditCsv.of(List.of(entry)))
        .isEqualTo(
            "id,at,actor,action,entity_type,entity_id,origin,before,after\r\n"
                + "3,2026-11-24T10:00:00Z,a@b.test,user.created,user,9,::1,,\"{\"\"x\"\":1}\"\r\n");
  }

  @Test
  void quotesSeparatorsQuotesAndLineBreaks() {
    assertThat(AuditCsv.cell("plain")).isEqualTo("plain");
    assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(AuditCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(AuditCsv.cell(null)).isEmpty();
  }

  @Test
  void neutralizesCellsASpreadsheetWouldRunAsFormulas() {
    assertThat(AuditCsv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=");
    assertThat(AuditCsv.cell("+1")).isEqualTo("'+1");
    assertThat(AuditCsv.cell("-2")).isEqualTo("'-2");
    assertThat(AuditCsv.cell("@SUM")).isEqualTo("'@SUM");
  }
}

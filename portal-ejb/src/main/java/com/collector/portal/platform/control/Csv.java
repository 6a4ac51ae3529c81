package com.collector.portal.platform.control;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** RFC 4180 CSV that spreadsheets open safely. */
public final class Csv {

  private Csv() {}

  /** One line of cells, ending in CRLF. */
  public static String row(String... cells) {
    return Stream.of(cells).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  /** Quotes when needed; a leading =, +, - or @ is neutralized so no cell runs as a formula. */
  public static String cell(String value) {
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

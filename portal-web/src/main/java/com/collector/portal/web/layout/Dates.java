package com.collector.portal.web.layout;

import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants as pages show them, in the page's language and in UTC (users have no time zone yet). */
public final class Dates {

  private Dates() {}

  /** A day, e.g. "9 Dec 2026"; empty for null. */
  public static String day(Instant instant) {
    return format(instant, "d MMM yyyy");
  }

  /** An instant to the minute, e.g. "9 Dec 2026 14:05"; empty for null. */
  public static String moment(Instant instant) {
    return format(instant, "d MMM yyyy HH:mm");
  }

  /** The language of the page being rendered. */
  public static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static String format(Instant instant, String pattern) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofPattern(pattern, locale()).withZone(ZoneOffset.UTC).format(instant);
  }
}

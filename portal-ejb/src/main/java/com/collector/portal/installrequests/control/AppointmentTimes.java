package com.collector.portal.installrequests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How people read and enter an appointment: in one zone ({@code
 * portal.installation-requests.time-zone}), named in the text, so that the request's page and the
 * mails about it show the same moment the same way. Accounts have no time zone of their own.
 */
@ApplicationScoped
public class AppointmentTimes {

  @Inject
  @ConfigProperty(name = "portal.installation-requests.time-zone", defaultValue = "Europe/Brussels")
  String timeZone;

  public AppointmentTimes() {}

  /** For tests: appointments in {@code zone}. */
  public AppointmentTimes(ZoneId zone) {
    this.timeZone = zone.getId();
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  /**
   * {@code at} in {@code locale}, ending with the zone's name, e.g. "10 décembre 2026, 10:00
   * Europe/Brussels"; empty for null.
   */
  public String text(Instant at, Locale locale) {
    if (at == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(zone())
            .format(at)
        + " "
        + zone().getId();
  }

  /** A date and time someone entered, read in the appointments' zone; null for null. */
  public Instant instant(LocalDateTime entered) {
    return entered == null ? null : entered.atZone(zone()).toInstant();
  }
}

package com.collector.portal.installrequests.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.installrequests.entity.InstallationRequest;
import com.collector.portal.installrequests.entity.RequestTransition;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RequestMailsTest {

  private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

  /** 09:00 UTC on a winter day: 10:00 in Brussels. */
  private static final Instant APPOINTMENT = Instant.parse("2026-12-10T09:00:00Z");

  @Test
  void theAppointmentIsInTheConfiguredZoneAndNamesIt() {
    String english = details(ZoneId.of("Europe/Brussels"), Locale.ENGLISH);
    String french = details(ZoneId.of("Europe/Brussels"), Locale.FRENCH);

    assertThat(english)
        .startsWith("Appointment: December 10, 2026")
        .contains("10:00 AM Europe/Brussels")
        .endsWith(". remote, via Teams");
    assertThat(french)
        .startsWith("Rendez-vous : 10 décembre 2026")
        .contains("10:00 Europe/Brussels");
  }

  @Test
  void inUtcTheMailSaysUtc() {
    assertThat(details(ZoneId.of("UTC"), Locale.forLanguageTag("nl")))
        .startsWith("Afspraak: 10 december 2026")
        .contains("09:00 UTC");
  }

  @Test
  void thePageAndTheMailShowTheSameText() {
    AppointmentTimes times = new AppointmentTimes(ZoneId.of("Europe/Brussels"));

    assertThat(details(ZoneId.of("Europe/Brussels"), Locale.ENGLISH))
        .contains(times.text(APPOINTMENT, Locale.ENGLISH));
    assertThat(times.instant(java.time.LocalDateTime.parse("2026-12-10T10:00")))
        .isEqualTo(APPOINTMENT);
    assertThat(times.instant(java.time.LocalDateTime.parse("2026-07-10T10:00")))
        .isEqualTo(Instant.parse("2026-07-10T08:00:00Z"));
  }

  private static String details(ZoneId zone, Locale locale) {
    InstallationRequest request =
        new InstallationRequest(
            "/1/2/", null, "Shop", JsonValue.EMPTY_JSON_OBJECT, 7L, "partner@example.test", T0);
    request.submit("/1/2/3/", 3, "Shop", JsonValue.EMPTY_JSON_OBJECT, "partner", T0);
    request.accept(9, "Agent Nine", "agent", T0.plusSeconds(1));
    request.schedule(APPOINTMENT, "remote, via Teams", "agent", T0.plusSeconds(2));
    List<RequestTransition> history = request.history();
    RequestMails mails = new RequestMails();
    mails.appointments = new AppointmentTimes(zone);
    return mails.details(request, history.get(history.size() - 1), locale);
  }
}

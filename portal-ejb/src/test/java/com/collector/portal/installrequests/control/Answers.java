package com.collector.portal.installrequests.control;

import com.collector.portal.installrequests.entity.RequestAnswers;
import com.collector.portal.installrequests.entity.RequestAnswers.Address;
import com.collector.portal.installrequests.entity.RequestAnswers.Contact;
import com.collector.portal.installrequests.entity.RequestAnswers.CustomerStep;
import com.collector.portal.installrequests.entity.RequestAnswers.EnvironmentStep;
import com.collector.portal.installrequests.entity.RequestAnswers.Export;
import com.collector.portal.installrequests.entity.RequestAnswers.ExtractionStep;
import com.collector.portal.installrequests.entity.RequestAnswers.PluginAnswers;
import com.collector.portal.installrequests.entity.RequestAnswers.Proxy;
import com.collector.portal.installrequests.entity.RequestAnswers.Schedule;
import com.collector.portal.installrequests.entity.RequestAnswers.SchedulingStep;
import com.collector.portal.installrequests.entity.RequestAnswers.SubscriptionStep;
import java.time.LocalDate;
import java.util.List;

/** Complete, valid answers for tests, to vary one part at a time. */
final class Answers {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  private Answers() {}

  static CustomerStep newCustomer() {
    return new CustomerStep(
        null,
        "Bakkerij Janssens",
        "BE0417497106",
        new Address("Grote Markt 1", "1000", "Brussel", "BE"),
        new Contact("An Janssens", "an@janssens.example", "+32 2 123 45 67"));
  }

  static PluginAnswers sqlServer() {
    return new PluginAnswers("sql-server", "2019", "SQL01\\ERP", "erp", List.of("001", "002"));
  }

  static PluginAnswers exactOnline() {
    return new PluginAnswers("exact-online", null, null, null, List.of("12345"));
  }

  static EnvironmentStep environment(PluginAnswers... plugins) {
    return new EnvironmentStep(
        "DESK-01",
        "SERVER_2022",
        true,
        List.of(plugins),
        new Proxy("http://proxy.local:3128", "collector", List.of("*.local")));
  }

  static ExtractionStep extraction(Schedule schedule) {
    return new ExtractionStep(
        List.of("ledger", "invoices"),
        "2024-01",
        schedule,
        new Export("sftp", "sftp://exports.example/janssens"));
  }

  static Schedule daily() {
    return new Schedule("DAILY", "02:30", null, null, "Europe/Brussels");
  }

  static SchedulingStep scheduling() {
    return new SchedulingStep(
        List.of(TODAY.plusDays(7), TODAY.plusDays(8)),
        "REMOTE",
        new Contact("Piet IT", null, "+32 470 00 00 00"));
  }

  static RequestAnswers complete() {
    return new RequestAnswers(
        newCustomer(),
        environment(sqlServer()),
        extraction(daily()),
        new SubscriptionStep(5L),
        scheduling());
  }
}

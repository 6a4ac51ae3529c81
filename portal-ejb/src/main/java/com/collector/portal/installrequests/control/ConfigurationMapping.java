package com.collector.portal.installrequests.control;

import com.collector.portal.installrequests.entity.RequestAnswers;
import com.collector.portal.installrequests.entity.RequestAnswers.ExtractionStep;
import com.collector.portal.installrequests.entity.RequestAnswers.PluginAnswers;
import com.collector.portal.installrequests.entity.RequestAnswers.Proxy;
import com.collector.portal.installrequests.entity.RequestAnswers.Schedule;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.List;

/**
 * Turns complete answers into the Collector's initial configuration, in the configuration schema's
 * terms ({@code general.*}, {@code plugins.<id>.*}): each plugin gets its source by the kind of
 * system it reads, the companies, the datasets and the export target; the schedule people chose
 * becomes a cron entry. Secrets (database passwords, API keys) are never asked in the wizard:
 * customer service sets them on the configuration afterwards.
 */
public final class ConfigurationMapping {

  private static final JsonProvider JSON = JsonProvider.provider();

  private ConfigurationMapping() {}

  /** The configuration document of {@code answers} (checked complete), in {@code language}. */
  public static JsonObject of(RequestAnswers answers, String language) {
    JsonObjectBuilder general = JSON.createObjectBuilder().add("language", language);
    Proxy proxy = answers.environment().proxy();
    if (proxy != null && proxy.url() != null) {
      JsonObjectBuilder p = JSON.createObjectBuilder().add("url", proxy.url());
      if (proxy.username() != null && !proxy.username().isBlank()) {
        p.add("username", proxy.username());
      }
      if (proxy.bypass() != null && !proxy.bypass().isEmpty()) {
        p.add("bypass", strings(proxy.bypass()));
      }
      general.add("proxy", p);
    }
    Schedule schedule = answers.extraction().schedule();
    general.add(
        "schedule",
        JSON.createArrayBuilder()
            .add(
                JSON.createObjectBuilder()
                    .add("cron", cron(schedule))
                    .add("timeZone", schedule.timeZone())));
    general.add("logLevel", "info");
    JsonObjectBuilder plugins = JSON.createObjectBuilder();
    for (PluginAnswers plugin : answers.environment().plugins()) {
      plugins.add(plugin.id(), plugin(plugin, answers.extraction()));
    }
    return JSON.createObjectBuilder().add("general", general).add("plugins", plugins).build();
  }

  /** One plugin's settings: the source by its kind, companies, datasets, export. */
  static JsonObject plugin(PluginAnswers answers, ExtractionStep extraction) {
    PluginKinds.Kind kind = PluginKinds.of(answers.id());
    JsonObjectBuilder source = JSON.createObjectBuilder();
    putText(source, "version", answers.version());
    if (kind != PluginKinds.Kind.CLOUD) {
      putText(source, "server", answers.databaseServer());
      putText(source, "database", answers.database());
    }
    switch (kind) {
      case DATABASE -> source.add("authentication", "windows");
      case CLOUD -> source.add("authentication", "apiKey");
      case OTHER -> {
        // How an unknown system signs in is customer service's call.
      }
    }
    JsonObjectBuilder plugin =
        JSON.createObjectBuilder().add("enabled", true).add("source", source);
    if (answers.companyCodes() != null && !answers.companyCodes().isEmpty()) {
      plugin.add("companies", strings(answers.companyCodes()));
    }
    JsonObjectBuilder extract =
        JSON.createObjectBuilder().add("datasets", strings(extraction.datasets()));
    putText(extract, "fromPeriod", extraction.fromPeriod());
    plugin.add("extraction", extract.add("incremental", true));
    plugin.add(
        "export",
        JSON.createObjectBuilder()
            .add("kind", extraction.export().kind())
            .add("location", extraction.export().location()));
    return plugin.build();
  }

  /** Five cron fields of the schedule people chose: minute hour day-of-month month day-of-week. */
  static String cron(Schedule schedule) {
    String[] time = schedule.time().split(":");
    String minuteHour = Integer.parseInt(time[1]) + " " + Integer.parseInt(time[0]);
    return switch (schedule.frequency()) {
      case "WEEKLY" -> minuteHour + " * * " + schedule.dayOfWeek();
      case "MONTHLY" -> minuteHour + " " + schedule.dayOfMonth() + " * *";
      default -> minuteHour + " * * *";
    };
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  private static void putText(JsonObjectBuilder object, String name, String value) {
    if (value != null && !value.isBlank()) {
      object.add(name, value.strip());
    }
  }
}

package com.collector.portal.installrequests.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.configuration.control.ConfigurationSchema;
import com.collector.portal.installrequests.entity.RequestAnswers;
import com.collector.portal.installrequests.entity.RequestAnswers.PluginAnswers;
import com.collector.portal.installrequests.entity.RequestAnswers.Schedule;
import com.collector.portal.installrequests.entity.RequestAnswers.SubscriptionStep;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each plugin's answers land where the configuration schema wants them, and the result passes it.
 */
class ConfigurationMappingTest {

  private static final ConfigurationSchema SCHEMA = ConfigurationSchema.standard();

  private static JsonObject mapped(PluginAnswers... plugins) {
    RequestAnswers answers =
        new RequestAnswers(
            Answers.newCustomer(),
            Answers.environment(plugins),
            Answers.extraction(Answers.daily()),
            new SubscriptionStep(1L),
            Answers.scheduling());
    JsonObject configuration = ConfigurationMapping.of(answers, "nl");
    assertThat(SCHEMA.errors(configuration)).as(configuration.toString()).isEmpty();
    return configuration;
  }

  @Test
  void sqlServerReadsItsDatabaseWithWindowsSignIn() {
    JsonObject plugin =
        mapped(Answers.sqlServer()).getJsonObject("plugins").getJsonObject("sql-server");

    JsonObject source = plugin.getJsonObject("source");
    assertThat(source.getString("server")).isEqualTo("SQL01\\ERP");
    assertThat(source.getString("database")).isEqualTo("erp");
    assertThat(source.getString("version")).isEqualTo("2019");
    assertThat(source.getString("authentication")).isEqualTo("windows");
    assertThat(plugin.getJsonArray("companies").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("001", "002");
    assertThat(plugin.getBoolean("enabled")).isTrue();
    assertThat(plugin.getJsonObject("export").getString("kind")).isEqualTo("sftp");
    assertThat(plugin.getJsonObject("extraction").getString("fromPeriod")).isEqualTo("2024-01");
  }

  @Test
  void odbcIsADatabaseToo() {
    JsonObject source =
        mapped(new PluginAnswers("odbc", null, "DSN=Boekhouding", null, null))
            .getJsonObject("plugins")
            .getJsonObject("odbc")
            .getJsonObject("source");

    assertThat(source.getString("server")).isEqualTo("DSN=Boekhouding");
    assertThat(source.containsKey("database")).isFalse();
    assertThat(source.getString("authentication")).isEqualTo("windows");
  }

  @Test
  void exactOnlineIsACloudServiceWithoutServerReadByApiKey() {
    JsonObject plugin =
        mapped(
                new PluginAnswers(
                    "exact-online", "2024", "ignored.example", "ignored", List.of("12345")))
            .getJsonObject("plugins")
            .getJsonObject("exact-online");

    assertThat(plugin.getJsonObject("source").keySet())
        .containsExactlyInAnyOrder("version", "authentication");
    assertThat(plugin.getJsonObject("source").getString("authentication")).isEqualTo("apiKey");
    assertThat(plugin.getJsonArray("companies").getString(0)).isEqualTo("12345");
  }

  @Test
  void anUnknownPluginKeepsWhatWasAnsweredAndLeavesSignInOpen() {
    JsonObject source =
        mapped(new PluginAnswers("ocr", "1.0", "scanner01", null, null))
            .getJsonObject("plugins")
            .getJsonObject("ocr")
            .getJsonObject("source");

    assertThat(source.getString("server")).isEqualTo("scanner01");
    assertThat(source.containsKey("authentication")).isFalse();
  }

  @Test
  void generalSettingsCarryLanguageProxyAndSchedule() {
    JsonObject general =
        mapped(Answers.sqlServer(), Answers.exactOnline()).getJsonObject("general");

    assertThat(general.getString("language")).isEqualTo("nl");
    assertThat(general.getJsonObject("proxy").getString("url"))
        .isEqualTo("http://proxy.local:3128");
    assertThat(general.getJsonObject("proxy").containsKey("password")).isFalse();
    JsonObject entry = general.getJsonArray("schedule").getJsonObject(0);
    assertThat(entry.getString("cron")).isEqualTo("30 2 * * *");
    assertThat(entry.getString("timeZone")).isEqualTo("Europe/Brussels");
  }

  @Test
  void schedulesPeopleChooseBecomeCronEntries() {
    assertThat(ConfigurationMapping.cron(new Schedule("WEEKLY", "23:05", "SUN", null, "UTC")))
        .isEqualTo("5 23 * * SUN");
    assertThat(ConfigurationMapping.cron(new Schedule("MONTHLY", "06:00", null, 28, "UTC")))
        .isEqualTo("0 6 28 * *");
  }
}

package com.collector.portal.configuration.control;

import static com.collector.portal.configuration.control.Documents.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;

class ConfigurationSchemaTest {

  private static final ConfigurationSchema SCHEMA = ConfigurationSchema.standard();

  @Test
  void aFullConfigurationIsValid() {
    SCHEMA.requireValid(
        json(
            "{'general':{'language':'nl','proxy':{'url':'http://proxy.local:3128','password':'p'},"
                + "'schedule':[{'cron':'30 2 * * 1-5','timeZone':'Europe/Brussels','plugin':'exact-online'}]},"
                + "'plugins':{'exact-online':{'enabled':true,'source':{'server':'sql1','port':1433,"
                + "'authentication':'password','username':'u','password':'s'},'companies':['001'],"
                + "'extraction':{'datasets':['ledger'],'fromPeriod':'2026-01','incremental':true},"
                + "'export':{'kind':'sftp','location':'sftp://x/in','apiKey':'k'}}}}"));
  }

  @Test
  void eachBrokenRuleNamesItsPath() {
    assertThat(
            SCHEMA.errors(
                json(
                    "{'general':{'language':'de'},'plugins':{'exact':{'source':{'port':70000}}}}")))
        .extracting(FieldError::field)
        .contains("/general/language", "/plugins/exact/source/port");
    assertThat(
            SCHEMA.errors(
                json("{'general':{'schedule':[{'cron':'at two','timeZone':'Mars/Base'}]}}")))
        .extracting(FieldError::field)
        .contains("/general/schedule/0/cron", "/general/schedule/0/timeZone");
    assertThat(
            SCHEMA.errors(
                json("{'general':{'schedule':[{'cron':'0 25 * * *','timeZone':'UTC'}]}}")))
        .as("a cron the pattern lets through but that does not read")
        .containsExactly(new FieldError("/general/schedule/0/cron", "hour has 25, outside 0-23"));
    assertThat(SCHEMA.errors(json("{'plugins':{'Bad Id':{}}}"))).isNotEmpty();
    assertThatThrownBy(() -> SCHEMA.requireValid(json("{'general':{'colour':'red'}}")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).errors())
                    .containsExactly(new FieldError("/general/colour", "is not a known setting")));
  }

  @Test
  void secretsAreTheWriteOnlyProperties() {
    assertThat(SCHEMA.isSecret("/general/proxy/password")).isTrue();
    assertThat(SCHEMA.isSecret("/plugins/any-plugin/source/password")).isTrue();
    assertThat(SCHEMA.isSecret("/plugins/any-plugin/export/apiKey")).isTrue();
    assertThat(SCHEMA.isSecret("/plugins/any-plugin/source/username")).isFalse();
    assertThat(SCHEMA.isSecret("/general/language")).isFalse();
    assertThat(SCHEMA.isSecret("/nowhere/password")).isFalse();
  }
}

package com.collector.portal.installrequests.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.portal.installrequests.entity.RequestAnswers;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.InvalidInputException.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class AnswersJsonTest {

  private static JsonObject json(String singleQuoted) {
    return Json.createReader(new StringReader(singleQuoted.replace('\'', '"'))).readObject();
  }

  @Test
  void answersSurviveTheRoundTrip() {
    RequestAnswers answers = Answers.complete();

    assertThat(AnswersJson.read(AnswersJson.write(answers))).isEqualTo(answers);
  }

  @Test
  void thePartnerOfTheCustomerIsReadAndWritten() {
    RequestAnswers answers = AnswersJson.read(json("{'customer':{'partnerId':17,'name':'Shop'}}"));

    assertThat(answers.customer().partnerId()).isEqualTo(17L);
    assertThat(AnswersJson.write(answers).getJsonObject("customer").getInt("partnerId"))
        .isEqualTo(17);
    assertThatThrownBy(() -> AnswersJson.read(json("{'customer':{'partnerId':'P'}}")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("customer.partnerId"));
  }

  @Test
  void valuesOfTheWrongTypeAndUnknownAnswersAreNamedByTheirPath() {
    JsonObject body =
        json(
            "{'customer':{'id':'seven'},'environment':{'plugins':[{'id':4},'odbc'],"
                + "'dotNetInstalled':'yes'},'scheduling':{'preferredDates':['tomorrow']},"
                + "'colour':'blue'}");

    assertThatThrownBy(() -> AnswersJson.read(body))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "customer.id",
                        "environment.plugins[0].id",
                        "environment.plugins[1]",
                        "environment.dotNetInstalled",
                        "scheduling.preferredDates[0]",
                        "colour"));
  }

  @Test
  void textsWithNulAndNumbersBeyondLongAreNamedNotStoredNorTruncated() {
    JsonObject body =
        json(
            "{'customer':{'id':99999999999999999999,'name':'Bak\\u0000kerij'},"
                + "'extraction':{'datasets':['ledger','in\\u0000voices']}}");

    assertThatThrownBy(() -> AnswersJson.read(body))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .containsExactlyInAnyOrder(
                        new FieldError("customer.id", "is out of range"),
                        new FieldError("customer.name", "must not contain the NUL character"),
                        new FieldError(
                            "extraction.datasets[1]", "must not contain the NUL character")));
  }

  @Test
  void nothingIsNoAnswers() {
    assertThat(AnswersJson.read(null)).isEqualTo(RequestAnswers.NONE);
  }
}

package com.collector.portal.installrequests.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.installrequests.entity.RequestAnswers;
import com.collector.portal.installrequests.entity.RequestAnswers.CustomerStep;
import com.collector.portal.installrequests.entity.RequestAnswers.EnvironmentStep;
import com.collector.portal.installrequests.entity.RequestAnswers.PluginAnswers;
import com.collector.portal.installrequests.entity.RequestAnswers.Schedule;
import com.collector.portal.installrequests.entity.RequestAnswers.SchedulingStep;
import com.collector.portal.installrequests.entity.RequestAnswers.SubscriptionStep;
import com.collector.portal.installrequests.entity.WizardStep;
import com.collector.portal.platform.boundary.InvalidInputException.FieldError;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerChecksTest {

  private static final AnswerChecks.Facts NEW_CUSTOMER_ON_PLAN =
      new AnswerChecks.Facts(false, Set.of("sql-server", "exact-online"));

  private static List<String> fields(RequestAnswers answers, Set<WizardStep> complete) {
    return AnswerChecks.check(answers, complete, NEW_CUSTOMER_ON_PLAN, Answers.TODAY).stream()
        .map(FieldError::field)
        .toList();
  }

  private static List<String> whole(RequestAnswers answers) {
    return fields(answers, EnumSet.allOf(WizardStep.class));
  }

  @Test
  void completeAnswersPass() {
    assertThat(whole(Answers.complete())).isEmpty();
  }

  @Test
  void aDraftMayMissAnythingButWhatIsGivenMustBeRight() {
    CustomerStep half = new CustomerStep(null, "Shop", "BE0417497107", null, null);
    RequestAnswers draft = new RequestAnswers(half, null, null, null, null);

    assertThat(fields(draft, EnumSet.noneOf(WizardStep.class)))
        .containsExactly("customer.vatNumber");
    assertThat(fields(RequestAnswers.NONE, EnumSet.noneOf(WizardStep.class))).isEmpty();
  }

  @Test
  void aStepAskedCompleteNamesEveryMissingAnswer() {
    RequestAnswers draft =
        new RequestAnswers(new CustomerStep(null, null, null, null, null), null, null, null, null);

    assertThat(fields(draft, EnumSet.of(WizardStep.CUSTOMER)))
        .containsExactly(
            "customer.name", "customer.vatNumber", "customer.address", "customer.contact");
    assertThat(fields(draft, EnumSet.of(WizardStep.ENVIRONMENT))).containsExactly("environment");
  }

  @Test
  void onlyPluginsOfThePlanMayBeChosenAndEachOnce() {
    RequestAnswers answers =
        new RequestAnswers(
            Answers.newCustomer(),
            Answers.environment(
                Answers.sqlServer(),
                new PluginAnswers("odbc", null, "x", null, null),
                Answers.sqlServer()),
            Answers.extraction(Answers.daily()),
            new SubscriptionStep(5L),
            Answers.scheduling());

    assertThat(whole(answers))
        .containsExactly("environment.plugins[1].id", "environment.plugins[2].id");
  }

  @Test
  void eachPluginKindAsksItsOwnQuestions() {
    RequestAnswers answers =
        new RequestAnswers(
            Answers.newCustomer(),
            Answers.environment(
                new PluginAnswers("sql-server", null, null, null, null),
                new PluginAnswers("exact-online", null, null, null, List.of())),
            Answers.extraction(Answers.daily()),
            new SubscriptionStep(5L),
            Answers.scheduling());

    assertThat(whole(answers))
        .containsExactly(
            "environment.plugins[0].databaseServer", "environment.plugins[1].companyCodes");
  }

  @Test
  void theMachineTheSchedulesAndTheAppointmentAreChecked() {
    EnvironmentStep badMachine =
        new EnvironmentStep(
            "A VERY LONG NAME!", "WINDOWS_XP", null, List.of(Answers.sqlServer()), null);
    RequestAnswers answers =
        new RequestAnswers(
            Answers.newCustomer(),
            badMachine,
            Answers.extraction(new Schedule("WEEKLY", "25:00", null, null, "Mars/Olympus")),
            new SubscriptionStep(5L),
            new SchedulingStep(List.of(Answers.TODAY.minusDays(1)), "BY_PIGEON", null));

    assertThat(whole(answers))
        .containsExactly(
            "environment.machineName",
            "environment.windowsVersion",
            "environment.dotNetInstalled",
            "extraction.schedule.time",
            "extraction.schedule.dayOfWeek",
            "extraction.schedule.timeZone",
            "scheduling.preferredDates[0]",
            "scheduling.mode",
            "scheduling.contact");
  }

  @Test
  void aPlanIsNeededExactlyWhenTheCustomerHasNone() {
    RequestAnswers withoutPlan =
        new RequestAnswers(
            Answers.newCustomer(),
            Answers.environment(Answers.sqlServer()),
            Answers.extraction(Answers.daily()),
            null,
            Answers.scheduling());
    assertThat(whole(withoutPlan)).containsExactly("subscription.planId");

    AnswerChecks.Facts subscribed = new AnswerChecks.Facts(true, Set.of("sql-server"));
    assertThat(
            AnswerChecks.check(
                    Answers.complete(), EnumSet.allOf(WizardStep.class), subscribed, Answers.TODAY)
                .stream()
                .map(FieldError::field))
        .containsExactly("subscription.planId");
  }
}
